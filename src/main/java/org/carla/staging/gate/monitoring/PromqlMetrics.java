package org.carla.staging.gate.monitoring;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads, found well enough to say why a panel is blank: string
 * literals, label matchers, grouping lists, ranges and function calls are set aside; what is left and is
 * not a keyword is a metric name ({@code {__name__="x"}} selectors included).
 */
public final class PromqlMetrics {
    private static final Pattern STRINGS = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'|`[^`]*`");
    private static final Pattern NAME_MATCHER = Pattern.compile("__name__\\s*=\\s*\"([a-zA-Z_:][a-zA-Z0-9_:]*)\"");
    private static final Pattern BRACES = Pattern.compile("\\{[^{}]*}");
    private static final Pattern GROUPING = Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern IDENT = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring", "group_left",
            "group_right", "offset", "bool", "inf", "nan", "atan2", "start", "end");

    private PromqlMetrics() {
    }

    public static List<String> names(String expr) {
        Set<String> names = new LinkedHashSet<>();
        Matcher byName = NAME_MATCHER.matcher(expr);
        while (byName.find()) names.add(byName.group(1));
        String rest = STRINGS.matcher(expr).replaceAll("\"\"");
        rest = BRACES.matcher(rest).replaceAll(" ");
        rest = GROUPING.matcher(rest).replaceAll(" ");
        rest = RANGES.matcher(rest).replaceAll(" ");
        Matcher m = IDENT.matcher(rest);
        while (m.find()) {
            String word = m.group();
            int after = m.end();
            while (after < rest.length() && rest.charAt(after) == ' ') after++;
            boolean call = after < rest.length() && rest.charAt(after) == '(';
            boolean number = m.start() > 0 && Character.isDigit(rest.charAt(m.start() - 1));
            if (!call && !number && !KEYWORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) names.add(word);
        }
        return List.copyOf(names);
    }
}

package org.carla.staging.gate.monitoring;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Grafana's variable substitution in a query: {@code $var}, {@code ${var}}, {@code ${var:format}} and the
 * deprecated {@code [[var]]} / {@code [[var:format]]} (Grafana's own pattern), built-ins ({@code $__interval},
 * {@code $__rate_interval}, {@code $__range}, ...) first. Values are formatted as Grafana's Prometheus and Loki
 * data sources format them: a single-value variable as is; a multi-value or include-All variable regex-escaped,
 * several values as {@code (a|b)}; "All" as its custom all value, else {@code .*}. A name nobody defines is
 * left as written (as Grafana leaves it) and reported.
 */
public final class TemplateInterpolator {
    static final Pattern VARIABLE = Pattern.compile(
            "\\$(\\w+)|\\[\\[(\\w+?)(?::(\\w+))?]]|\\$\\{(\\w+)(?:\\.([^:^}]+))?(?::([^}]+))?}");
    private static final String REGEX_META = "$^*{}[]'+?.()|";

    private TemplateInterpolator() {
    }

    /** The query with every known variable replaced, and the names no variable or built-in defines. */
    public record Result(String text, Set<String> unknown) {
    }

    public static Result interpolate(String text, Map<String, ResolvedVariable> variables, Map<String, String> builtins) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = name(m);
            String format = m.group(3) != null ? m.group(3) : m.group(6);
            String value;
            if (builtins.containsKey(name)) {
                value = builtins.get(name);
            } else if (variables.containsKey(name)) {
                value = format(variables.get(name), format);
            } else {
                unknown.add(name);
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return new Result(out.toString(), unknown);
    }

    static String format(ResolvedVariable v, String format) {
        if (v.all() && v.allValue() != null && !v.allValue().isEmpty()) return v.allValue();
        if (v.all()) return ".*";
        List<String> values = v.values();
        if (format == null) {
            // Grafana's default: a single-value variable as is, a multi-value or All-able one as a regex alternation
            if (!v.multi() && !v.includeAll()) return String.join(",", values);
            format = "regex";
        }
        return switch (format) {
            case "regex" -> values.size() == 1 ? regexEscape(values.get(0))
                    : "(" + values.stream().map(TemplateInterpolator::regexEscape).collect(Collectors.joining("|")) + ")";
            case "pipe" -> String.join("|", values);
            case "glob" -> values.size() == 1 ? values.get(0) : "{" + String.join(",", values) + "}";
            case "json" -> values.stream().map(s -> "\"" + s.replace("\"", "\\\"") + "\"").collect(Collectors.joining(",", "[", "]"));
            case "doublequote" -> values.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(","));
            case "singlequote", "sqlstring" -> values.stream().map(s -> "'" + s.replace("'", "''") + "'").collect(Collectors.joining(","));
            case "queryparam" -> values.stream().map(s -> "var-" + v.name() + "=" + URLEncoder.encode(s, StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            case "percentencode" -> URLEncoder.encode(String.join(",", values), StandardCharsets.UTF_8);
            default -> String.join(",", values); // csv, raw, text, lucene and unknown formats
        };
    }

    /** Grafana's prometheusSpecialRegexEscape: the value inside a PromQL string that is a regex. */
    static String regexEscape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\') out.append("\\\\\\\\");
            else if (REGEX_META.indexOf(c) >= 0) out.append("\\\\").append(c);
            else out.append(c);
        }
        return out.toString();
    }

    /** Every variable name a text refers to (built-ins included). */
    public static List<String> references(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) names.add(name(m));
        return names;
    }

    /** The variable a match names, in whichever of the syntaxes ($var, ${var}, ${var:format}, [[var]]) it is written. */
    private static String name(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(4);
    }
}

package org.carla.staging.gate.security.probe;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carla.staging.gate.security.RouteKey;

/**
 * The API calls a frontend bundle makes, read from its JavaScript: string and template literals naming
 * {@code /api/...}, with the method from the call around them ({@code .post(}, {@code method: "DELETE"}),
 * GET otherwise. A template placeholder or a literal ending in '/' (an id appended) becomes a parameter.
 */
public final class BundleRoutes {
    private static final Pattern LITERAL = Pattern.compile("([\"'`])(/api/[^\"'`\\s?#]*)");
    private static final Pattern CALL_BEFORE = Pattern.compile("\\.(get|post|put|patch|delete)\\s*\\(\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern METHOD_AFTER = Pattern.compile("method\\s*:\\s*[\"'`](GET|POST|PUT|PATCH|DELETE)[\"'`]", Pattern.CASE_INSENSITIVE);
    private static final int LOOK_BEHIND = 40;
    private static final int LOOK_AHEAD = 160;

    private BundleRoutes() {
    }

    public static Set<RouteKey> find(String javascript) {
        Set<RouteKey> routes = new TreeSet<>();
        Matcher literal = LITERAL.matcher(javascript);
        while (literal.find()) {
            String path = literal.group(2).replaceAll("\\$\\{[^}]*}", "{param}");
            if (path.endsWith("/") && path.length() > "/api/".length()) path = path + "{param}";
            routes.add(new RouteKey(method(javascript, literal.start(), literal.end()), path));
        }
        return routes;
    }

    private static String method(String js, int start, int end) {
        Matcher before = CALL_BEFORE.matcher(js.substring(Math.max(0, start - LOOK_BEHIND), start));
        if (before.find()) return before.group(1).toUpperCase(Locale.ROOT);
        Matcher after = METHOD_AFTER.matcher(restOfCall(js, end));
        return after.find() ? after.group(1).toUpperCase(Locale.ROOT) : "GET";
    }

    /** From the literal to the closing parenthesis of the call it is an argument of (bounded). */
    private static String restOfCall(String js, int from) {
        int depth = 0;
        int limit = Math.min(js.length(), from + LOOK_AHEAD);
        for (int i = from; i < limit; i++) {
            char c = js.charAt(i);
            if (c == '(' || c == '{' || c == '[') depth++;
            else if (c == ')' || c == '}' || c == ']') {
                if (depth == 0) return js.substring(from, i);
                depth--;
            }
        }
        return js.substring(from, limit);
    }
}

package org.carla.staging.gate.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may call each route, as the gate's policy file says ({@code <access> <METHOD> <path>} per line).
 * The policy comes from the contract, not from the application: an app that forgets to protect a route
 * also forgets to declare it, so its own OpenAPI can add routes to attack but never lower a requirement.
 */
public final class RoutePolicy {
    private static final Pattern LINE = Pattern.compile("(\\S+)\\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\\s+(/\\S*)",
            Pattern.CASE_INSENSITIVE);
    private final Map<RouteKey, Access> routes;

    private RoutePolicy(Map<RouteKey, Access> routes) {
        this.routes = Collections.unmodifiableMap(routes);
    }

    /** Parses a policy; every error names the source, the line and the expected form. */
    public static RoutePolicy parse(String text, String source) {
        Map<RouteKey, Access> routes = new LinkedHashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String where = source + " line " + (i + 1) + ": ";
            Matcher m = LINE.matcher(line);
            if (!m.matches()) throw new PolicyException(where + "expected '<public|user|admin> <METHOD> </path>', got '" + line + "'");
            Access access;
            try {
                access = Access.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new PolicyException(where + "access '" + m.group(1) + "' must be public, user or admin");
            }
            RouteKey key = new RouteKey(m.group(2), m.group(3));
            if (routes.put(key, access) != null) throw new PolicyException(where + key + " is listed twice; keep one line");
        }
        if (routes.isEmpty()) throw new PolicyException(source + ": no route listed");
        return new RoutePolicy(routes);
    }

    /** Who may call the route, or empty when the policy does not know it. */
    public Optional<Access> access(RouteKey route) {
        return Optional.ofNullable(routes.get(route));
    }

    public Set<RouteKey> routes() {
        return routes.keySet();
    }

    /** The policy's own spelling of a route (its parameter names), else the route as given. */
    public RouteKey spelling(RouteKey route) {
        return routes.keySet().stream().filter(route::equals).findFirst().orElse(route);
    }
}

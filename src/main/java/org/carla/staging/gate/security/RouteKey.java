package org.carla.staging.gate.security;

import java.util.Locale;

/**
 * A route as method and path template. Parameter names do not matter for identity: {@code /api/reports/{id}}
 * and {@code /api/reports/{ref}} are the same route.
 */
public record RouteKey(String method, String path) implements Comparable<RouteKey> {
    public RouteKey {
        method = method.toUpperCase(Locale.ROOT);
        path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The path with every parameter written {@code {}}: what two templates of one route share. */
    public String shape() {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    public boolean hasParameters() {
        return path.contains("{");
    }

    /** The path with every parameter set to one value. */
    public String pathWith(String value) {
        return path.replaceAll("\\{[^}]*}", java.util.regex.Matcher.quoteReplacement(value));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RouteKey r && r.method.equals(method) && r.shape().equals(shape());
    }

    @Override
    public int hashCode() {
        return method.hashCode() * 31 + shape().hashCode();
    }

    @Override
    public int compareTo(RouteKey other) {
        int byPath = shape().compareTo(other.shape());
        return byPath != 0 ? byPath : method.compareTo(other.method);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}

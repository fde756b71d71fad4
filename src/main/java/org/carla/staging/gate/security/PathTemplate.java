package org.carla.staging.gate.security;

import java.util.regex.Pattern;

/** A URL path with its identifiers replaced by {id}, so /api/reports/17 and /api/reports/18 are one place. */
public final class PathTemplate {
    private static final Pattern ID = Pattern.compile(
            "\\d+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{16,}");

    private PathTemplate() {
    }

    public static String of(String path) {
        if (path == null || path.isEmpty()) return "/";
        String[] segments = path.split("/", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) out.append('/');
            out.append(ID.matcher(segments[i]).matches() ? "{id}" : segments[i]);
        }
        return out.toString();
    }

    /** The URL (scheme, authority) with a templated path. */
    public static String ofUrl(String url) {
        int scheme = url.indexOf("://");
        int pathStart = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        if (pathStart < 0) return url;
        return url.substring(0, pathStart) + of(url.substring(pathStart));
    }
}

package org.carla.staging.gate.http;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Keeps secrets out of the report: credentials in headers and passwords/tokens in JSON bodies. */
public final class Redaction {
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "cookie", "set-cookie", "proxy-authorization", "x-api-key");
    private static final Pattern SECRET_FIELDS = Pattern.compile(
            "(\"(?:\\w*password|\\w*token|\\w*secret\\w*|api_key|dsn|database_url|connection_string)\"\\s*:\\s*)\"[^\"]*\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");

    private Redaction() {
    }

    public static String header(String name, String value) {
        if (!SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))) return value;
        String scheme = value.contains(" ") ? value.substring(0, value.indexOf(' ') + 1) : "";
        return scheme + "[redacted]";
    }

    public static String body(String body) {
        if (body == null) return "";
        String redacted = SECRET_FIELDS.matcher(body).replaceAll("$1\"[redacted]\"");
        return BEARER.matcher(redacted).replaceAll("$1[redacted]");
    }

    /** Query strings may carry tokens too (WebSocket URLs): redact token=… values. */
    public static String url(String url) {
        return url.replaceAll("(?i)([?&](?:token|access_token)=)[^&]+", "$1[redacted]");
    }
}

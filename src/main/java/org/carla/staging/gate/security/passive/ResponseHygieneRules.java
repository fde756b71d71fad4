package org.carla.staging.gate.security.passive;

import static org.carla.staging.gate.security.Evidence.when;

import java.util.List;
import java.util.Locale;

/** Caching of authenticated answers, declared content types, and 401 challenges. */
public final class ResponseHygieneRules {
    private ResponseHygieneRules() {
    }

    public static List<PassiveRule> all() {
        return List.of(
                new PassiveCheck("CACHE-AUTH", "Authenticated answer cacheable",
                        "Send 'Cache-Control: no-store' on answers to authenticated requests.",
                        ResponseHygieneRules::cacheable),
                new PassiveCheck("CT-MISSING", "Answer without Content-Type",
                        "Declare the media type of every answer with a body.",
                        e -> when(e.isSuccess() && e.hasBody() && e.contentType().isBlank(), "no Content-Type on " + e.status())),
                new PassiveCheck("CT-MISMATCH", "Body does not match its Content-Type",
                        "Serve HTML as text/html and JSON as application/json; never reflect JSON as text/html.",
                        ResponseHygieneRules::mismatch),
                new PassiveCheck("AUTH-401-CHALLENGE", "401 without WWW-Authenticate",
                        "Send 'WWW-Authenticate: Bearer' with every 401 (RFC 9110).",
                        e -> when(e.status() == 401 && !e.responseHeaders().has("WWW-Authenticate"),
                                "401 without WWW-Authenticate")));
    }

    private static List<String> cacheable(Exchange e) {
        if (!e.credentialed() || !e.isSuccess() || !e.isJson()) return List.of();
        String cache = String.join(", ", e.responseHeaders().all("Cache-Control")).toLowerCase(Locale.ROOT);
        boolean safe = cache.contains("no-store") || cache.contains("private") || cache.contains("no-cache");
        return when(!safe, cache.isEmpty() ? "no Cache-Control on an authenticated answer"
                : "Cache-Control: " + cache + " on an authenticated answer");
    }

    private static List<String> mismatch(Exchange e) {
        if (!e.hasBody() || e.mediaType().isEmpty()) return List.of();
        String start = e.body().stripLeading().toLowerCase(Locale.ROOT);
        String end = e.body().stripTrailing();
        boolean html = start.startsWith("<!doctype html") || start.startsWith("<html");
        boolean json = (start.startsWith("{") && end.endsWith("}")) || (start.startsWith("[") && end.endsWith("]"));
        String type = e.mediaType();
        if (html && !e.isHtml() && !type.contains("xml")) return List.of("HTML body served as " + type);
        return when(json && e.isHtml(), "JSON body served as " + type);
    }
}

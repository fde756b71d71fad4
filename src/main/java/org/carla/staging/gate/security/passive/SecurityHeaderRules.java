package org.carla.staging.gate.security.passive;

import static org.carla.staging.gate.security.Evidence.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Response headers as the OWASP Secure Headers Project recommends them. */
public final class SecurityHeaderRules {
    static final Set<String> GOOD_REFERRER = Set.of("no-referrer", "same-origin", "strict-origin",
            "strict-origin-when-cross-origin");
    static final Set<String> WEAK_REFERRER = Set.of("no-referrer-when-downgrade", "origin", "origin-when-cross-origin");
    private static final Pattern MAX_AGE = Pattern.compile("max-age\\s*=\\s*\"?(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final long ONE_YEAR = 31_536_000L;

    private SecurityHeaderRules() {
    }

    public static List<PassiveRule> all() {
        List<PassiveRule> rules = new ArrayList<>(List.of(
                new PassiveCheck("HDR-XCTO", "X-Content-Type-Options: nosniff missing",
                        "Send 'X-Content-Type-Options: nosniff' on every answer with a body (nginx: add_header … always).",
                        SecurityHeaderRules::nosniff),
                new PassiveCheck("HDR-XFO", "Clickjacking protection missing",
                        "Send 'X-Frame-Options: DENY' (or SAMEORIGIN) once, or CSP frame-ancestors 'none'/'self'.",
                        SecurityHeaderRules::frameOptions),
                new PassiveCheck("HDR-REFERRER", "Referrer-Policy missing or weak",
                        "Send 'Referrer-Policy: strict-origin-when-cross-origin' (or no-referrer, same-origin).",
                        SecurityHeaderRules::referrerWeak),
                new PassiveCheck("HDR-REFERRER-UNSAFE", "Referrer-Policy unsafe-url",
                        "Never send full URLs cross-origin: use strict-origin-when-cross-origin.",
                        e -> when(referrer(e).filter("unsafe-url"::equals).isPresent(), "Referrer-Policy: unsafe-url")),
                new PassiveCheck("HDR-HSTS", "Strict-Transport-Security missing or short",
                        "Send 'Strict-Transport-Security: max-age=31536000; includeSubDomains' on https answers.",
                        SecurityHeaderRules::hsts),
                new PassiveCheck("HDR-PERMISSIONS", "Permissions-Policy missing on HTML",
                        "Send a Permissions-Policy disabling unused features, e.g. 'camera=(), microphone=(), geolocation=()'.",
                        e -> when(e.isHtml() && e.hasBody() && !e.responseHeaders().has("Permissions-Policy"),
                                "no Permissions-Policy")),
                new PassiveCheck("HDR-COOP", "Cross-Origin-Opener-Policy missing on HTML",
                        "Send 'Cross-Origin-Opener-Policy: same-origin' on HTML answers.",
                        SecurityHeaderRules::coop),
                new PassiveCheck("HDR-XXSS", "X-XSS-Protection enables the legacy auditor",
                        "Send 'X-XSS-Protection: 0' or none; rely on CSP.",
                        e -> e.responseHeaders().first("X-XSS-Protection").map(String::strip)
                                .filter(v -> !v.equals("0")).map(v -> List.of("X-XSS-Protection: " + v)).orElse(List.of()))));
        rules.addAll(2, CspRules.all());
        return List.copyOf(rules);
    }

    private static List<String> nosniff(Exchange e) {
        if (!e.hasBody() || e.status() == 304) return List.of();
        Optional<String> value = e.responseHeaders().first("X-Content-Type-Options");
        if (value.isEmpty()) return List.of("no X-Content-Type-Options on " + describe(e));
        return when(!value.get().strip().equalsIgnoreCase("nosniff"), "X-Content-Type-Options: " + value.get());
    }

    private static List<String> frameOptions(Exchange e) {
        if (!e.isHtml() || !e.hasBody()) return List.of();
        if (Csp.of(e).map(csp -> csp.has("frame-ancestors")).orElse(false)) return List.of();
        List<String> values = e.responseHeaders().all("X-Frame-Options").stream()
                .flatMap(v -> List.of(v.split(",")).stream()).map(String::strip).distinct().toList();
        if (values.isEmpty()) return List.of("neither X-Frame-Options nor CSP frame-ancestors on " + describe(e));
        boolean valid = values.size() == 1
                && (values.get(0).equalsIgnoreCase("DENY") || values.get(0).equalsIgnoreCase("SAMEORIGIN"));
        return when(!valid, "X-Frame-Options: " + String.join(", ", values));
    }

    /** The policy a browser applies: the last token it recognises. */
    static Optional<String> referrer(Exchange e) {
        List<String> tokens = e.responseHeaders().all("Referrer-Policy").stream()
                .flatMap(v -> List.of(v.split(",")).stream()).map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).toList();
        if (tokens.isEmpty()) return Optional.empty();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String token = tokens.get(i);
            if (GOOD_REFERRER.contains(token) || WEAK_REFERRER.contains(token) || token.equals("unsafe-url")) {
                return Optional.of(token);
            }
        }
        return Optional.of(String.join(", ", tokens));
    }

    private static List<String> referrerWeak(Exchange e) {
        Optional<String> policy = referrer(e);
        if (policy.isEmpty()) return when(e.isHtml() && e.hasBody(), "no Referrer-Policy on " + describe(e));
        String value = policy.get();
        return when(!GOOD_REFERRER.contains(value) && !value.equals("unsafe-url"), "Referrer-Policy: " + value);
    }

    private static List<String> hsts(Exchange e) {
        if (!e.isHttps()) return List.of();
        Optional<String> value = e.responseHeaders().first("Strict-Transport-Security");
        if (value.isEmpty()) return List.of("no Strict-Transport-Security on https");
        Matcher m = MAX_AGE.matcher(value.get());
        boolean longEnough = m.find() && Long.parseLong(m.group(1)) >= ONE_YEAR;
        return when(!longEnough, "Strict-Transport-Security: " + value.get());
    }

    private static List<String> coop(Exchange e) {
        if (!e.isHtml() || !e.hasBody()) return List.of();
        Optional<String> value = e.responseHeaders().first("Cross-Origin-Opener-Policy");
        if (value.isEmpty()) return List.of("no Cross-Origin-Opener-Policy");
        return when(value.get().strip().equalsIgnoreCase("unsafe-none"), "Cross-Origin-Opener-Policy: unsafe-none");
    }

    static String describe(Exchange e) {
        String type = e.mediaType();
        return (type.isEmpty() ? "untyped" : type) + " " + e.status();
    }
}

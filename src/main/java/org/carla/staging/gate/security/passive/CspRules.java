package org.carla.staging.gate.security.passive;

import static org.carla.staging.gate.security.Evidence.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Content-Security-Policy on HTML answers: present, enforced, and not trivially weak. */
public final class CspRules {
    private CspRules() {
    }

    public static List<PassiveRule> all() {
        return List.of(
                new PassiveCheck("HDR-CSP", "Content-Security-Policy missing on HTML",
                        "Send an enforced Content-Security-Policy on every HTML answer (Report-Only does not protect).",
                        e -> when(e.isHtml() && e.hasBody() && Csp.of(e).isEmpty(), cspMissing(e))),
                new PassiveCheck("HDR-CSP-UNSAFE", "CSP allows inline or eval'd script",
                        "Remove 'unsafe-inline'/'unsafe-eval' from script-src; use nonces or hashes.",
                        CspRules::cspUnsafe),
                new PassiveCheck("HDR-CSP-WILDCARD", "CSP allows scripts from anywhere",
                        "Restrict script-src/default-src to 'self' and named hosts; no *, http:, https:, data:.",
                        CspRules::cspWildcard),
                new PassiveCheck("HDR-CSP-INCOMPLETE", "CSP lacks object-src 'none' or base-uri",
                        "Add \"object-src 'none'; base-uri 'self'\" (or 'none') to the policy.",
                        CspRules::cspIncomplete));
    }

    private static String cspMissing(Exchange e) {
        return e.responseHeaders().has("Content-Security-Policy-Report-Only")
                ? "only Content-Security-Policy-Report-Only on " + SecurityHeaderRules.describe(e)
                : "no Content-Security-Policy on " + SecurityHeaderRules.describe(e);
    }

    private static List<String> cspUnsafe(Exchange e) {
        if (!e.isHtml()) return List.of();
        return Csp.of(e).flatMap(csp -> csp.scriptSources().map(sources -> {
            List<String> found = new ArrayList<>();
            if (sources.contains("'unsafe-inline'") && !Csp.hasNonceOrHash(sources)) found.add("'unsafe-inline'");
            if (sources.contains("'unsafe-eval'")) found.add("'unsafe-eval'");
            return found.isEmpty() ? List.<String>of()
                    : List.of(csp.scriptDirectiveName() + " allows " + String.join(" ", found));
        })).orElse(List.of());
    }

    private static List<String> cspWildcard(Exchange e) {
        if (!e.isHtml()) return List.of();
        return Csp.of(e).map(csp -> {
            Optional<List<String>> sources = csp.scriptSources();
            if (sources.isEmpty()) return List.of("neither script-src nor default-src: scripts load from anywhere");
            List<String> list = sources.get();
            if (list.contains("'strict-dynamic'") && Csp.hasNonceOrHash(list)) return List.<String>of();
            List<String> wide = list.stream().filter(s -> s.equals("*") || s.equals("http:") || s.equals("https:")
                    || s.equals("data:") || s.equals("blob:") || s.matches("https?://\\*")).toList();
            return wide.isEmpty() ? List.<String>of() : List.of(csp.scriptDirectiveName() + " allows " + String.join(" ", wide));
        }).orElse(List.of());
    }

    private static List<String> cspIncomplete(Exchange e) {
        if (!e.isHtml()) return List.of();
        return Csp.of(e).map(csp -> {
            List<String> missing = new ArrayList<>();
            List<String> objects = csp.directives().getOrDefault("object-src", csp.directives().get("default-src"));
            if (objects == null || !objects.equals(List.of("'none'"))) missing.add("object-src 'none'");
            if (!csp.has("base-uri")) missing.add("base-uri");
            return missing.isEmpty() ? List.<String>of() : List.of("CSP without " + String.join(", ", missing));
        }).orElse(List.of());
    }
}

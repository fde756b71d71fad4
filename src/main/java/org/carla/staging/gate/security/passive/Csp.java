package org.carla.staging.gate.security.passive;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A parsed Content-Security-Policy: directive name to its sources (lower case). */
record Csp(Map<String, List<String>> directives) {

    /** Every enforced CSP header value merged; the first occurrence of a directive wins, as in browsers. */
    static Optional<Csp> of(Exchange exchange) {
        List<String> headers = exchange.responseHeaders().all("Content-Security-Policy");
        if (headers.isEmpty()) return Optional.empty();
        Map<String, List<String>> directives = new LinkedHashMap<>();
        for (String header : headers) {
            for (String directive : header.split(";")) {
                String[] tokens = directive.strip().toLowerCase(Locale.ROOT).split("\\s+");
                if (tokens.length > 0 && !tokens[0].isEmpty()) {
                    directives.putIfAbsent(tokens[0], List.of(Arrays.copyOfRange(tokens, 1, tokens.length)));
                }
            }
        }
        return Optional.of(new Csp(directives));
    }

    boolean has(String directive) {
        return directives.containsKey(directive);
    }

    /** The sources governing scripts: script-src, else default-src; empty when neither is set. */
    Optional<List<String>> scriptSources() {
        return Optional.ofNullable(directives.getOrDefault("script-src", directives.get("default-src")));
    }

    String scriptDirectiveName() {
        return has("script-src") ? "script-src" : "default-src";
    }

    /** With a nonce or hash, CSP2+ browsers ignore 'unsafe-inline'; with 'strict-dynamic', host sources too. */
    static boolean hasNonceOrHash(List<String> sources) {
        return sources.stream().anyMatch(s -> s.startsWith("'nonce-") || s.startsWith("'sha256-")
                || s.startsWith("'sha384-") || s.startsWith("'sha512-"));
    }
}

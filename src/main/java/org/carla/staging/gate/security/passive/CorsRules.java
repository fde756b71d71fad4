package org.carla.staging.gate.security.passive;

import static org.carla.staging.gate.security.Evidence.when;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * CORS answers to probe origins. A probe origin is one no deployment trusts (by default: {@code null},
 * hosts under {@code .example}/{@code .invalid}, or naming "evil"); an answer echoing it means the
 * server reflects any origin.
 */
public final class CorsRules {
    public static final String PROBE_ORIGIN = "https://evil.example";
    public static final Predicate<String> DEFAULT_PROBE_ORIGINS = CorsRules::looksLikeProbe;

    private CorsRules() {
    }

    public static List<PassiveRule> all() {
        return all(DEFAULT_PROBE_ORIGINS);
    }

    public static List<PassiveRule> all(Predicate<String> isProbeOrigin) {
        return List.of(
                new PassiveCheck("CORS-REFLECT", "CORS reflects an untrusted origin",
                        "Answer CORS only for an allow-list of origins; never echo the Origin header.",
                        e -> reflected(e, isProbeOrigin).filter(o -> !credentialsAllowed(e))
                                .map(o -> List.of("Access-Control-Allow-Origin: " + o + " for Origin " + o)).orElse(List.of())),
                new PassiveCheck("CORS-REFLECT-CREDENTIALS", "CORS reflects an untrusted origin with credentials",
                        "Answer CORS only for an allow-list of origins; with credentials the reflection hands over the session.",
                        e -> reflected(e, isProbeOrigin).filter(o -> credentialsAllowed(e))
                                .map(o -> List.of("Access-Control-Allow-Origin: " + o + " with Allow-Credentials: true"))
                                .orElse(List.of())),
                new PassiveCheck("CORS-WILDCARD-CREDENTIALS", "CORS '*' together with credentials",
                        "Do not combine Access-Control-Allow-Origin: * with Allow-Credentials: true; list the origins.",
                        e -> when(allowOrigin(e).filter("*"::equals).isPresent() && credentialsAllowed(e),
                                "Access-Control-Allow-Origin: * with Allow-Credentials: true")));
    }

    private static Optional<String> allowOrigin(Exchange e) {
        return e.responseHeaders().first("Access-Control-Allow-Origin").map(String::strip);
    }

    private static boolean credentialsAllowed(Exchange e) {
        return e.responseHeaders().first("Access-Control-Allow-Credentials").map(String::strip)
                .filter("true"::equalsIgnoreCase).isPresent();
    }

    /** The allowed origin when it is a probe origin the request sent (or the literal "null"). */
    private static Optional<String> reflected(Exchange e, Predicate<String> isProbeOrigin) {
        Optional<String> allowed = allowOrigin(e);
        if (allowed.filter("null"::equalsIgnoreCase).isPresent()) return allowed;
        Optional<String> origin = e.requestHeaders().first("Origin").map(String::strip);
        return allowed.filter(a -> origin.filter(o -> o.equalsIgnoreCase(a)).filter(isProbeOrigin).isPresent());
    }

    static boolean looksLikeProbe(String origin) {
        if (origin.equalsIgnoreCase("null")) return true;
        try {
            String host = Optional.ofNullable(URI.create(origin).getHost()).orElse("").toLowerCase(Locale.ROOT);
            return host.contains("evil") || host.endsWith(".example") || host.endsWith(".invalid");
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}

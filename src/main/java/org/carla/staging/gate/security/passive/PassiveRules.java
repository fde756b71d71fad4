package org.carla.staging.gate.security.passive;

import java.util.List;
import java.util.stream.Stream;

/** The catalogue of passive rules the collector runs by default. */
public final class PassiveRules {
    private PassiveRules() {
    }

    public static List<PassiveRule> defaults() {
        return Stream.of(SecurityHeaderRules.all(), VersionLeakRules.all(), CookieRules.all(), CorsRules.all(),
                BodyLeakRules.all(), ResponseHygieneRules.all()).flatMap(List::stream).toList();
    }
}

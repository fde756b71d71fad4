package org.carla.staging.proof;

import java.util.Map;
import java.util.Set;

/**
 * A defect re-introduced into the reference stack on purpose, the gate tag that must catch it, and the
 * tests (class#method prefixes) expected to go red. {@code settings} switch it on: STAGING_FAULTS names,
 * a compose override file, or another setting.
 */
record SeededFault(String name, String defect, Map<String, String> settings, String tag, Set<String> catchers) {

    static SeededFault env(String fault, String defect, String tag, String... catchers) {
        return new SeededFault(fault, defect, Map.of("staging.faults", fault), tag, Set.of(catchers));
    }

    static SeededFault override(String file, String defect, String tag, String... catchers) {
        return new SeededFault(file, defect, Map.of("staging.compose.extra.files", "compose/faults/" + file + ".yml"), tag, Set.of(catchers));
    }

    static SeededFault setting(String name, String key, String value, String defect, String tag, String... catchers) {
        return new SeededFault(name, defect, Map.of(key, value), tag, Set.of(catchers));
    }
}

package org.carla.staging.proof;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Faults that can share one stack start (their catchers are distinct tests), and the gate classes to
 * run against them. Grouping keeps the self-test's time bounded: one start per group, not per fault.
 */
record FaultGroup(String name, List<SeededFault> faults, List<String> classes, Map<String, String> extraSettings,
                  Around around) {

    /** Something the group needs around its run, e.g. a port held open; closed afterwards. */
    @FunctionalInterface
    interface Around {
        AutoCloseable open() throws Exception;

        Around NOTHING = () -> () -> { };
    }

    FaultGroup(String name, List<SeededFault> faults, List<String> classes, Map<String, String> extraSettings) {
        this(name, faults, classes, extraSettings, Around.NOTHING);
    }

    /** The settings for the whole group: fault names and override files are joined, others merged. */
    Map<String, String> settings() {
        Map<String, String> merged = new HashMap<>(extraSettings);
        Set<String> faultNames = new LinkedHashSet<>();
        Set<String> files = new LinkedHashSet<>();
        for (SeededFault fault : faults) {
            fault.settings().forEach((key, value) -> {
                switch (key) {
                    case "staging.faults" -> faultNames.add(value);
                    case "staging.compose.extra.files" -> files.add(value);
                    default -> merged.put(key, value);
                }
            });
        }
        if (!faultNames.isEmpty()) merged.put("staging.faults", String.join(",", faultNames));
        if (!files.isEmpty()) merged.put("staging.compose.extra.files", String.join(",", files));
        return merged;
    }
}

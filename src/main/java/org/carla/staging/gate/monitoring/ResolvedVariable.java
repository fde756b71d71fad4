package org.carla.staging.gate.monitoring;

import java.util.List;

/** A template variable's value for one check: the selected values, or "All" (with its custom all value, if any). */
public record ResolvedVariable(String name, List<String> values, boolean all, String allValue, boolean multi, boolean includeAll) {
    public ResolvedVariable {
        values = List.copyOf(values);
    }

    public static ResolvedVariable single(String name, String value) {
        return new ResolvedVariable(name, List.of(value), false, null, false, false);
    }
}

package org.carla.staging.gate.security;

import java.util.List;

/** Evidence lists for table-driven rules, passive and container alike. */
public final class Evidence {
    private Evidence() {
    }

    /** Evidence when the condition holds, none otherwise. */
    public static List<String> when(boolean condition, String evidence) {
        return condition ? List.of(evidence) : List.of();
    }
}

package org.carla.staging.gate.stack;

import org.junit.jupiter.api.Assumptions;

/** Skips (never passes) a check that cannot apply to this run, with the reason in the report. */
public final class Requirements {
    private Requirements() {
    }

    public static StackContainers containers(StagingStack stack) {
        return stack.containers().orElseThrow(() -> {
            Assumptions.abort("needs Docker access to the stack's containers, and the target is a deployed staging "
                    + "reached by URL only (staging.target=external)");
            return new IllegalStateException("unreachable");
        });
    }

    public static void service(StagingStack stack, String service) {
        stack.leftOut(service).ifPresent(Assumptions::abort);
    }
}

package org.carla.staging.gate.stack;

import org.carla.staging.gate.config.Enforcement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.function.Executable;

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

    /**
     * Runs a policy check as the policy says: FAIL runs it as is; IGNORE skips it, naming the key; WARN
     * runs it and turns a breach into a skip whose reason is the breach (visible in the report, not green).
     */
    public static void enforced(Enforcement mode, String key, Executable check) throws Throwable {
        if (mode == Enforcement.IGNORE) Assumptions.abort("set to IGNORE for this target (" + key + ")");
        try {
            check.execute();
        } catch (AssertionError breach) {
            if (mode == Enforcement.FAIL) throw breach;
            Assumptions.abort("WARN by policy (" + key + "): " + breach.getMessage());
        }
    }
}

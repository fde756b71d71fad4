package org.carla.staging.gate.load;

/** Decides when iterations start; one implementation per {@link Model}. */
interface Driver {
    void drive(LoadPlan plan, IterationRunner runner, Recording recording, long startNanos, long endNanos) throws InterruptedException;

    static Driver of(Model model) {
        return model == Model.CLOSED ? new ClosedModelDriver() : new OpenModelDriver();
    }

    /** Time allowed after the end for flows in flight: every step may take its full timeout. */
    static long graceNanos(LoadPlan plan) {
        int longestFlow = plan.scenario().flows().stream().mapToInt(f -> f.steps().size()).max().orElse(1);
        return plan.requestTimeout().toNanos() * longestFlow + 1_000_000_000L;
    }
}

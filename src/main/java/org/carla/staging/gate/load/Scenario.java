package org.carla.staging.gate.load;

import java.util.ArrayList;
import java.util.List;

/** A weighted mix of flows; each iteration draws one, so the mix holds on average over the run. */
public final class Scenario {
    private final List<Flow> flows;
    private final double[] cumulative;

    private Scenario(List<Flow> flows, List<Double> weights) {
        if (flows.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one flow, e.g. Scenario.of(Flow.of(\"health\", Step.get(\"/health\")))");
        }
        this.flows = List.copyOf(flows);
        this.cumulative = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < weights.size(); i++) {
            sum += weights.get(i);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    public static Scenario of(Flow flow) {
        return builder().add(1, flow).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Flow> flows() {
        return flows;
    }

    /** @param uniform a draw in [0, 1) */
    Flow pick(double uniform) {
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (uniform < cumulative[i]) {
                return flows.get(i);
            }
        }
        return flows.get(flows.size() - 1);
    }

    public static final class Builder {
        private final List<Flow> flows = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        /** @param weight relative share of iterations, e.g. 3 public reads for 1 authenticated flow */
        public Builder add(double weight, Flow flow) {
            if (!(weight > 0)) {
                throw new IllegalArgumentException("flow '" + flow.name() + "' has weight " + weight + "; a weight must be > 0");
            }
            flows.add(flow);
            weights.add(weight);
            return this;
        }

        public Scenario build() {
            return new Scenario(flows, weights);
        }
    }
}

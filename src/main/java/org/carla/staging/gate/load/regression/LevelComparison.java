package org.carla.staging.gate.load.regression;

import java.util.List;

/**
 * A load level against the same level of the baseline runs: each endpoint's estimate, and the level's drift (the
 * median over endpoints of their plain ratios: what a busier or quieter machine, or a change to everything at
 * once, does; reported, not judged, since on a shared machine the two cannot be told apart).
 */
public record LevelComparison(String level, double drift, int baselineRuns, List<EndpointEstimate> endpoints) {

    public LevelComparison {
        endpoints = List.copyOf(endpoints);
    }
}

package org.carla.staging.gate.load.regression;

import java.util.List;

/**
 * A load level against the same level of the baseline: each endpoint's change, and the level's common
 * drift (the median of all endpoints' ratios: what a busier or quieter machine does to every endpoint
 * alike, taken out before endpoints are judged).
 */
public record LevelComparison(String level, double drift, double driftLow, double driftHigh, List<EndpointChange> endpoints,
                              Sensitivity sensitivity) {

    public LevelComparison {
        endpoints = List.copyOf(endpoints);
    }

    public List<EndpointChange> regressions() {
        return endpoints.stream().filter(e -> e.change() == EndpointChange.Change.SLOWER).toList();
    }

    public List<EndpointChange> improvements() {
        return endpoints.stream().filter(e -> e.change() == EndpointChange.Change.FASTER).toList();
    }

    public List<EndpointChange> judged() {
        return endpoints.stream().filter(e -> e.change() != EndpointChange.Change.NOT_JUDGED).toList();
    }
}

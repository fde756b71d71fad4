package org.carla.staging.gate.load.regression;

import java.util.List;

/** What the detector concluded for a run: each level's estimates and each endpoint's verdict over all levels. */
public record Verdict(List<LevelComparison> levels, List<EndpointChange> endpoints, Sensitivity sensitivity) {

    public Verdict {
        levels = List.copyOf(levels);
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

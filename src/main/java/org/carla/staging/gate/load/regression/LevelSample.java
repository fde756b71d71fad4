package org.carla.staging.gate.load.regression;

import java.util.List;
import java.util.Optional;
import org.carla.staging.gate.load.LoadResult;

/** One load level of a run, as stored: its users, overall figures and each endpoint's sample. */
public record LevelSample(String level, int users, double measuredSeconds, double blockSeconds, long requests, long failures,
                          double requestRate, double p50Ms, double p95Ms, double p99Ms, List<EndpointSample> endpoints) {

    public LevelSample {
        endpoints = List.copyOf(endpoints);
    }

    public static LevelSample of(String level, LoadResult result) {
        var overall = result.overall();
        var d = overall.duration();
        return new LevelSample(level, result.vus(), result.measuredSeconds(), result.plan().blockLength().toMillis() / 1000.0,
                overall.requests(), overall.failures(), overall.requestRate(), d.med(), d.p95(), d.p99(),
                result.endpoints().stream().map(EndpointSample::of).toList());
    }

    public Optional<EndpointSample> endpoint(String name) {
        return endpoints.stream().filter(e -> e.endpoint().equals(name)).findFirst();
    }
}

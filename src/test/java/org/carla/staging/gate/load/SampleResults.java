package org.carla.staging.gate.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** Results with known figures, built without running anything. */
final class SampleResults {
    private SampleResults() {
    }

    /** An endpoint whose requests took 1..n ms, one each (so p(95) of 1000 requests is 950 ms). */
    static EndpointStats endpoint(String name, int requests, long failures, double seconds) {
        Histogram histogram = new Histogram(1, EndpointRecorder.HIGHEST_MICROS, EndpointRecorder.DIGITS);
        for (int ms = 1; ms <= requests; ms++) {
            histogram.recordValue(ms * 1000L);
        }
        return new EndpointStats(name, histogram, requests, failures, requests * 100L, seconds,
                failures > 0 ? Map.of("status 500", failures) : Map.of());
    }

    static LoadResult result(int users, EndpointStats... endpoints) {
        LoadPlan plan = LoadPlan.closed(users + " users", Scenario.of(Flow.of("health", Step.get("/health"))))
                .users(users).duration(Duration.ofSeconds(10)).build();
        List<EndpointStats> list = List.of(endpoints);
        return new LoadResult(plan, 10, EndpointStats.overall(list, 10), list, 500, 2, 3, users, users);
    }
}

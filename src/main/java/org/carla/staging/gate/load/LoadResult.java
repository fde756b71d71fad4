package org.carla.staging.gate.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a plan measured, in k6's vocabulary: {@code overall} and each endpoint carry {@code http_req_duration},
 * {@code http_req_failed}, {@code http_reqs} and {@code data_received}; the run carries {@code iterations},
 * {@code dropped_iterations}, {@code late_iterations}, {@code vus} and {@code vus_max}.
 *
 * @param measuredSeconds the time figures are over: duration minus warm-up
 * @param vus             closed: the users; open: the most iterations in flight at once
 * @param sent            every request sent per endpoint, warm-up included (the figures above leave warm-up
 *                        out): what the server received, e.g. to hold its own request counter against
 */
public record LoadResult(LoadPlan plan, double measuredSeconds, EndpointStats overall, List<EndpointStats> endpoints,
                         long iterations, long droppedIterations, long lateIterations, int vus, int vusMax,
                         Map<String, Long> sent) {

    public LoadResult {
        endpoints = List.copyOf(endpoints);
        sent = Map.copyOf(sent);
    }

    /** A result without the per-endpoint count of everything sent (the figures' own requests stand for it). */
    public LoadResult(LoadPlan plan, double measuredSeconds, EndpointStats overall, List<EndpointStats> endpoints,
                      long iterations, long droppedIterations, long lateIterations, int vus, int vusMax) {
        this(plan, measuredSeconds, overall, endpoints, iterations, droppedIterations, lateIterations, vus, vusMax,
                endpoints.stream().collect(java.util.stream.Collectors.toMap(EndpointStats::endpoint, EndpointStats::requests)));
    }

    public Optional<EndpointStats> endpoint(String name) {
        return endpoints.stream().filter(e -> e.endpoint().equals(name)).findFirst();
    }

    public double iterationRate() {
        return measuredSeconds > 0 ? iterations / measuredSeconds : 0;
    }

    /** The {@code .hgrm} export of all requests of the plan. */
    public String hgrm() {
        return overall.percentileDistribution();
    }
}

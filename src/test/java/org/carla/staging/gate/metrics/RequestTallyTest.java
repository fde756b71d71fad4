package org.carla.staging.gate.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.carla.staging.gate.config.Endpoints;
import org.carla.staging.gate.config.Semantics.MetricsTruth;
import org.junit.jupiter.api.Test;

class RequestTallyTest {
    private final Endpoints endpoints = new Endpoints(URI.create("http://127.0.0.1:8001"), URI.create("http://127.0.0.1:3001"),
            URI.create("http://127.0.0.1:9091"), URI.create("http://127.0.0.1:3002"), URI.create("http://127.0.0.1:3101"),
            "jdbc:postgresql://127.0.0.1:5433/x", URI.create("http://127.0.0.1:9093"), URI.create("http://127.0.0.1:9095"));
    private final RequestTally tally = new RequestTally(endpoints, new MetricsTruth("c", "h", "endpoint",
            List.of("/health", "/metrics"), List.of("/api/"), 0.01, 30), null, "none");

    @Test
    void backendRequestsAndProxiedFrontendRequestsCountOthersDoNot() {
        tally.count("GET", "http://127.0.0.1:8001/api/scenarios?x=1");
        tally.count("POST", "http://127.0.0.1:8001/api/auth/login");
        tally.count("GET", "http://127.0.0.1:8001/health");
        tally.count("GET", "http://127.0.0.1:8001/metrics");
        tally.count("GET", "http://127.0.0.1:3001/api/version");
        tally.count("GET", "http://127.0.0.1:3001/version.txt");
        tally.count("GET", "http://127.0.0.1:80011/api/scenarios");
        tally.count("GET", "http://127.0.0.1:9091/api/v1/query");

        assertThat(tally.sent()).isEqualTo(3);
        assertThat(tally.sentByRoute()).containsOnlyKeys("GET /api/scenarios", "POST /api/auth/login", "GET /api/version");
    }

    @Test
    void theLoadEnginesProxiedEndpointsCount() {
        tally.countLoad(URI.create("http://127.0.0.1:3001"), Map.of("/", 100L, "/assets/*", 100L, "/api/scenarios", 250L, "/api/auth/me", 50L));
        tally.countLoad(URI.create("http://127.0.0.1:8001"), Map.of("/health", 10L, "/", 5L));
        assertThat(tally.sent()).isEqualTo(305);
    }

    @Test
    void theAllowedDifferenceIsTheRequestsPlusTheShare() {
        assertThat(tally.settings().allowedDifference(10_000, true)).isEqualTo(130);
        assertThat(tally.settings().allowedDifference(30, false)).isEqualTo(1);
    }

    @Test
    void theAppsFiguresAreHeldAgainstTheCountSinceTheBaseline() {
        String before = "carla_api_requests_total{endpoint=\"/api/scenarios\",method=\"GET\"} 10\n"
                + "carla_api_request_duration_seconds_count{endpoint=\"/api/scenarios\"} 10\n"
                + "carla_api_request_duration_seconds_sum{endpoint=\"/api/scenarios\"} 0.1\n";
        MetricsTruth settings = new MetricsTruth("carla_api_requests_total", "carla_api_request_duration_seconds", "endpoint",
                List.of("/health", "/metrics"), List.of("/api/"), 0.0, 5);
        RequestTally counted = new RequestTally(endpoints, settings, RequestFigures.of(before, settings), null);
        for (int i = 0; i < 20; i++) counted.count("GET", "http://127.0.0.1:8001/api/scenarios");
        String frozen = before.replace("} 10", "} 15");

        assertThat(new TallyComparison(counted, RequestFigures.of(before.replace("} 10", "} 30"), settings), false).disagreements()).isEmpty();
        assertThat(new TallyComparison(counted, RequestFigures.of(frozen, settings), true).disagreements()).hasSize(2)
                .first().asString().contains("rose by 5, the gate sent 20 (allowed difference 5)");
        assertThat(new TallyComparison(counted, RequestFigures.of("process_open_fds 1\n", settings), true).disagreements())
                .singleElement().asString().contains("lacks [carla_api_requests_total");
    }
}

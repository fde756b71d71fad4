package org.carla.staging.acceptance.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.util.Map;
import org.carla.staging.acceptance.IntegrationTest;
import org.carla.staging.gate.await.Eventually;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.metrics.RequestFigures;
import org.carla.staging.gate.metrics.RequestTally;
import org.carla.staging.gate.metrics.TallyComparison;
import org.carla.staging.gate.report.Figures;
import org.carla.staging.gate.stack.GateRun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Seed "Key Metrics: API response times and error rates", read for its meaning: the application's request
 * counter and duration histogram must rise by exactly the requests it was sent. The gate counts every
 * request it sends to the backend this run ({@link RequestTally}); right after start this class sends a
 * batch of its own (reads, writes, answers 2xx and 4xx, direct and through the frontend's proxy) and
 * compares. {@link MetricsTruthAtEndTest} compares again after the load levels.
 */
@IntegrationTest
@Feature("Monitoring and Observability")
@Story("Metrics tell the truth")
@Order(1) // first class of the run: judged right after start, before other suites' traffic
class MetricsTruthTest {

    @Test
    @DisplayName("After start: the app's request counter and duration histogram rose by the requests the gate sent")
    void countersRiseByTheGatesRequestsAfterStart(HttpSpecs http, GateConfig config, GateRun run) {
        RequestTally tally = RequestTally.of(run);
        for (int i = 0; i < 5; i++) {
            given(http.backend()).get("/api/scenarios");
            given(http.backend()).get("/api/version");
            given(http.backend()).body(Map.of("username", "gate_metrics_" + i)).post("/api/auth/check-username");
            given(http.backend()).get("/api/gate-no-such-route");
            given(http.backend()).get("/api/auth/me");
            given(http.frontend()).get("/api/scenarios");
        }
        // Nothing but the gate has called the app yet (the browser's page loads come later): only the share applies.
        assertCountersMatch(http, config, tally, "after start", false);
    }

    /** Polls the app's /metrics until its figures agree with the tally, or the wait ends with the last disagreement. */
    static void assertCountersMatch(HttpSpecs http, GateConfig config, RequestTally tally, String when, boolean uncountedTraffic) {
        TallyComparison[] last = new TallyComparison[1];
        try {
            new Eventually(config.timeouts()).untilHolds("the app's request metrics to agree with the gate's count " + when, () -> {
                String exposition = given(http.backend()).get("/metrics").then().statusCode(200).extract().asString();
                last[0] = new TallyComparison(tally, RequestFigures.of(exposition, tally.settings()), uncountedTraffic);
                assertThat(last[0].disagreements()).as("app metrics vs the gate's count of its requests %s (%s)", when,
                        tally.exclusions()).isEmpty();
            });
        } finally {
            if (last[0] != null) Figures.text("requests: gate vs app " + when, last[0].breakdown());
        }
    }
}

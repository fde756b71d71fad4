package org.carla.staging.acceptance.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.carla.staging.acceptance.IntegrationTest;
import org.carla.staging.acceptance.support.Prometheus;
import org.carla.staging.gate.await.Eventually;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Seed "Monitoring and Observability": Prometheus collects the application's metrics. */
@IntegrationTest
@Feature("Monitoring and Observability")
@Story("Metrics Collection")
class MonitoringTest {
    private static final String REQUESTS = "sum(carla_api_requests_total)";

    @Test
    @DisplayName("The backend exposes its metrics with the expected names")
    void backendExposesMetrics(HttpSpecs http) {
        String metrics = given(http.backend()).get("/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).as("Prometheus text exposition of the backend")
                .contains("carla_api_requests_total", "carla_api_request_duration_seconds", "carla_simulation_starts_total",
                        "carla_simulation_status", "carla_app_info");
    }

    @Test
    @DisplayName("Prometheus scrapes the backend target and it is up")
    void prometheusScrapesTheBackend(HttpSpecs http, GateConfig config) {
        String job = config.expectations().prometheusBackendJob();
        new Eventually(config.timeouts()).untilAsserted("Prometheus target " + job + " up", () ->
                assertThat(activeTargets(http)).as("active scrape targets")
                        .anySatisfy(t -> {
                            assertThat(t.get("job")).isEqualTo(job);
                            assertThat(t.get("health")).isEqualTo("up");
                        }));
    }

    @Test
    @DisplayName("No scrape target is down (a dead target hides a broken exporter)")
    void noScrapeTargetIsDown(HttpSpecs http, GateConfig config) {
        new Eventually(config.timeouts()).untilAsserted("every scrape target scraped once", () ->
                assertThat(activeTargets(http)).noneMatch(t -> "unknown".equals(t.get("health"))));
        assertThat(activeTargets(http)).as("scrape targets that are down (job, url, last error)")
                .filteredOn(t -> !"up".equals(t.get("health"))).isEmpty();
    }

    @Test
    @DisplayName("The request counter in Prometheus rises after traffic")
    void requestCounterRisesAfterTraffic(HttpSpecs http, GateConfig config) {
        Eventually eventually = new Eventually(config.timeouts());
        Prometheus prometheus = new Prometheus(http);
        eventually.untilAsserted("a first sample of " + REQUESTS, () -> assertThat(prometheus.value(REQUESTS)).isNotNaN());
        double before = prometheus.value(REQUESTS);
        for (int i = 0; i < 5; i++) given(http.backend()).get("/api/scenarios").then().statusCode(200);
        eventually.untilAsserted(REQUESTS + " above " + before + " after 5 requests", () ->
                assertThat(prometheus.value(REQUESTS)).isGreaterThanOrEqualTo(before + 5));
    }

    static List<Map<String, String>> activeTargets(HttpSpecs http) {
        JsonPath targets = given(http.prometheus()).get("/api/v1/targets").then().statusCode(200).extract().jsonPath();
        return targets.getList("data.activeTargets").stream().map(t -> {
            @SuppressWarnings("unchecked") Map<String, Object> target = (Map<String, Object>) t;
            @SuppressWarnings("unchecked") Map<String, String> labels = (Map<String, String>) target.get("labels");
            return Map.of("job", labels.getOrDefault("job", "?"), "health", String.valueOf(target.get("health")),
                    "url", String.valueOf(target.get("scrapeUrl")), "error", String.valueOf(target.get("lastError")));
        }).toList();
    }
}

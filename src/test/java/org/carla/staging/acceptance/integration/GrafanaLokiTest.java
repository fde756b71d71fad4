package org.carla.staging.acceptance.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import org.carla.staging.acceptance.IntegrationTest;
import org.carla.staging.gate.await.Eventually;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.stack.Requirements;
import org.carla.staging.gate.stack.StagingStack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Seed "Monitoring and Observability": Grafana dashboards and Loki log aggregation. */
@IntegrationTest
@Feature("Monitoring and Observability")
class GrafanaLokiTest {
    private static final List<String> SEED_DASHBOARDS = List.of("Application Overview", "Performance Metrics", "Error Tracking", "Resource Usage");

    @Test
    @Story("Dashboards")
    @DisplayName("Grafana has the seed's four dashboards")
    void grafanaHasTheSeedDashboards(HttpSpecs http, StagingStack stack, GateConfig config) {
        Requirements.service(stack, "grafana");
        List<String> titles = grafana(http, config).queryParam("type", "dash-db").get("/api/search")
                .then().statusCode(200).extract().jsonPath().getList("title", String.class);
        assertThat(titles).as("dashboards in Grafana").containsAll(SEED_DASHBOARDS);
    }

    @Test
    @Story("Dashboards")
    @DisplayName("Every Grafana datasource is healthy, and every dashboard panel uses a provisioned one")
    void grafanaDatasourcesAreHealthy(HttpSpecs http, StagingStack stack, GateConfig config) {
        Requirements.service(stack, "grafana");
        List<String> uids = grafana(http, config).get("/api/datasources").then().statusCode(200).extract().jsonPath().getList("uid", String.class);
        assertThat(uids).as("provisioned datasources").isNotEmpty();
        for (String uid : uids) {
            grafana(http, config).get("/api/datasources/uid/" + uid + "/health").then()
                    .statusCode(200);
        }
        for (String dashboard : grafana(http, config).queryParam("type", "dash-db").get("/api/search").then().extract().jsonPath().getList("uid", String.class)) {
            List<String> used = grafana(http, config).get("/api/dashboards/uid/" + dashboard).then().statusCode(200)
                    .extract().jsonPath().getList("dashboard.panels.datasource.uid", String.class);
            assertThat(used).as("datasource uids used by dashboard %s", dashboard)
                    .allSatisfy(uid -> assertThat(uid == null || uid.startsWith("$") || uid.startsWith("-- ") || uids.contains(uid)).isTrue());
        }
    }

    @Test
    @Story("Log aggregation")
    @DisplayName("Loki holds the backend's log lines")
    void lokiHoldsBackendLogs(HttpSpecs http, StagingStack stack, GateConfig config) {
        Requirements.service(stack, "loki");
        given(http.backend()).get("/api/scenarios").then().statusCode(200);
        String selector = config.expectations().lokiBackendSelector();
        new Eventually(config.timeouts()).untilAsserted("backend log lines in Loki for " + selector, () ->
                assertThat(given(http.loki()).queryParam("query", selector).queryParam("limit", 10)
                        .queryParam("start", Instant.now().minusSeconds(3600).toEpochMilli() * 1_000_000L)
                        .get("/loki/api/v1/query_range").then().statusCode(200).extract().jsonPath().getList("data.result"))
                        .as("streams matching %s", selector).isNotEmpty());
    }

    private static RequestSpecification grafana(HttpSpecs http, GateConfig config) {
        return given(http.grafana()).auth().preemptive().basic(config.grafanaAdmin().username(), config.grafanaAdmin().password());
    }
}

package org.carla.staging.acceptance.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qameta.allure.Allure;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.restassured.response.Response;
import org.carla.staging.acceptance.ServiceTest;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.contract.HealthBody;
import org.carla.staging.gate.http.HttpSpecs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed "Service Testing: Health check validation", read for its meaning: a 200 /health that reports a
 * component down or degraded is not healthy. Every field of the answer is judged, not only {@code status}.
 */
@ServiceTest
@Feature("2. Service Testing")
@Story("Health check validation")
class HealthMeansHealthyTest {

    @Test
    @DisplayName("/health reports no component down or degraded, in any field")
    void everyComponentReportedByHealthIsHealthy(HttpSpecs http, GateConfig config) {
        Response answer = given(http.backend()).get("/health");
        String body = answer.asString();
        assertThat(answer.statusCode()).as("GET /health status; body: %s", body).isEqualTo(200);
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("GET /health answered 200 with a body that is not JSON (contract: {status, timestamp}): " + body);
        }
        HealthBody health = new HealthBody(config.semantics().health());
        Allure.parameter("fields judged", String.join(", ", health.judged(json)));
        assertThat(health.unhealthy(json)).as("components /health reports as not healthy (values: staging.health.unhealthy.values, "
                + "flags: staging.health.positive.flags); body: %s", body).isEmpty();
    }
}

package org.carla.staging.acceptance.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.carla.staging.acceptance.ServiceTest;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.stack.Requirements;
import org.carla.staging.gate.stack.StagingStack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed "Automated Testing" 2. Service Testing: endpoint responsiveness, and every URL of the seed's
 * "Manual Testing" / "Access Staging Services" sections, each with the content it must have.
 */
@ServiceTest
@Feature("2. Service Testing")
@Story("Endpoint responsiveness")
class SeedUrlsTest {

    @Test
    @DisplayName("curl :8001/api/scenarios lists the available scenarios")
    void backendListsScenarios(HttpSpecs http) {
        List<String> scenarios = given(http.backend()).get("/api/scenarios")
                .then().statusCode(200).extract().jsonPath().getList("scenarios", String.class);
        assertThat(scenarios).as("scenario names").isNotEmpty().doesNotHaveDuplicates().allSatisfy(s -> assertThat(s).isNotBlank());
    }

    @Test
    @DisplayName("curl :8001/api/version names the deployed version")
    void backendNamesItsVersion(HttpSpecs http, StagingStack stack) {
        String version = given(http.backend()).get("/api/version")
                .then().statusCode(200).body("version", not(emptyOrNullString())).extract().path("version");
        stack.config().expectations().version()
                .ifPresent(expected -> assertThat(version).as("version the build was expected to carry").isEqualTo(expected));
    }

    @Test
    @DisplayName("curl :8001/health says healthy, with a current timestamp")
    void backendIsHealthy(HttpSpecs http) {
        Response health = given(http.backend()).get("/health").then().statusCode(200)
                .body("status", equalTo("healthy")).body("timestamp", notNullValue()).extract().response();
        OffsetDateTime timestamp = parseTimestamp(health.path("timestamp"));
        assertThat(timestamp).as("health timestamp is current").isAfter(OffsetDateTime.now().minusMinutes(5));
    }

    @Test
    @DisplayName(":8001/docs serves the interactive API documentation")
    void backendServesApiDocs(HttpSpecs http) {
        given(http.backend()).get("/docs").then().statusCode(200)
                .contentType(containsStringIgnoringCase("text/html"))
                .body(containsStringIgnoringCase("swagger"));
        given(http.backend()).get("/openapi.json").then().statusCode(200).body("openapi", notNullValue()).body("paths", notNullValue());
    }

    @Test
    @DisplayName("curl :3001 serves the web application")
    void frontendServesTheApplication(HttpSpecs http) {
        String html = given(http.frontend()).get("/").then().statusCode(200)
                .contentType(containsStringIgnoringCase("text/html")).extract().asString();
        assertThat(html).as("the SPA's HTML: a root element and a script").containsPattern("(?i)<script[^>]+src=").containsPattern("(?i)id=\"root\"|id='root'");
    }

    @Test
    @DisplayName("curl :3001/version.txt carries the build's version (never empty)")
    void frontendVersionFileIsNotEmpty(HttpSpecs http) {
        String version = given(http.frontend()).get("/version.txt").then().statusCode(200).extract().asString().strip();
        assertThat(version).as("/version.txt content (upstream shipped an empty file once)").isNotBlank().doesNotContain("<html");
    }

    @Test
    @DisplayName("curl :9091 answers with the Prometheus UI, and Prometheus is ready")
    void prometheusAnswers(HttpSpecs http) {
        given(http.prometheus()).get("/").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(302)));
        given(http.prometheus()).get("/-/ready").then().statusCode(200).body(containsStringIgnoringCase("ready"));
        given(http.prometheus()).get("/api/v1/status/buildinfo").then().statusCode(200).body("data.version", not(emptyOrNullString()));
    }

    @Test
    @DisplayName("curl :3002 answers with Grafana, and its database is ok")
    void grafanaAnswers(HttpSpecs http, StagingStack stack) {
        Requirements.service(stack, "grafana");
        given(http.grafana()).get("/").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(302)));
        given(http.grafana()).get("/api/health").then().statusCode(200).body("database", equalTo("ok"));
    }

    @Test
    @DisplayName("curl :3101 answers with Loki, and Loki is ready")
    void lokiAnswers(HttpSpecs http, StagingStack stack) {
        Requirements.service(stack, "loki");
        given(http.loki()).get("/ready").then().statusCode(200).body(containsStringIgnoringCase("ready"));
        given(http.loki()).get("/loki/api/v1/labels").then().statusCode(200).body("status", equalTo("success"));
    }

    private static OffsetDateTime parseTimestamp(String text) {
        // FastAPI's isoformat() may omit the offset: read such a timestamp as UTC.
        return text.matches(".*([+-]\\d\\d:\\d\\d|Z)$") ? OffsetDateTime.parse(text) : OffsetDateTime.parse(text + "Z");
    }
}

package org.carla.staging.acceptance.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import org.carla.staging.acceptance.IntegrationTest;
import org.carla.staging.gate.http.HttpSpecs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Seed "Automated Testing" 4. Integration Testing: frontend-backend communication through nginx. */
@IntegrationTest
@Feature("4. Integration Testing")
@Story("Frontend-backend communication")
class FrontendBackendTest {

    @ParameterizedTest(name = "{0} answers the same via :3001 (nginx) as via :8001")
    @ValueSource(strings = {"/api/scenarios", "/api/version"})
    @DisplayName("The frontend's /api proxy reaches the same backend")
    void proxiedApiAnswersLikeTheBackend(String path, HttpSpecs http) {
        String direct = given(http.backend()).get(path).then().statusCode(200).extract().asString();
        String proxied = given(http.frontend()).get(path).then().statusCode(200).extract().asString();
        assertThat(proxied).as("%s through the frontend proxy", path).isEqualTo(direct);
    }

    @Test
    @DisplayName("The frontend's /version.txt names the version the backend runs")
    void frontendAndBackendVersionsMatch(HttpSpecs http) {
        String backend = given(http.backend()).get("/api/version").then().statusCode(200).extract().path("version");
        String frontend = given(http.frontend()).get("/version.txt").then().statusCode(200).extract().asString().strip();
        assertThat(frontend).as("/version.txt (frontend build) vs /api/version (backend build)").isEqualTo(backend);
    }

    @Test
    @DisplayName("Deep links of the single-page app fall back to index.html")
    void deepLinksServeTheApplication(HttpSpecs http) {
        String index = given(http.frontend()).get("/").then().statusCode(200).extract().asString();
        String deepLink = given(http.frontend()).get("/simulations/42/report").then().statusCode(200).extract().asString();
        assertThat(deepLink).as("an unknown client-side route serves the SPA").isEqualTo(index);
    }
}

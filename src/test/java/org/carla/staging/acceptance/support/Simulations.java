package org.carla.staging.acceptance.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import org.carla.staging.gate.http.HttpSpecs;

/** Simulation runs as a user starts them: the first scenario the backend lists, with a report. */
public final class Simulations {
    private Simulations() {
    }

    public static void startRun(HttpSpecs http, UserSession user) {
        String scenario = given(http.backend()).get("/api/scenarios").then().statusCode(200).extract().jsonPath().getString("scenarios[0]");
        user.authorize(given(http.backend())).body(Map.of("scenarios", List.of(scenario), "debug", false, "report", true))
                .post("/api/simulation/start").then().statusCode(200).body("success", equalTo(true));
    }
}

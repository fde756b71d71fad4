package org.carla.staging.acceptance.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.http.Setup;
import org.carla.staging.gate.await.Eventually;
import org.junit.jupiter.api.Assumptions;

/** Simulation runs as a user starts them: the first scenario the backend lists, with a report. */
public final class Simulations {
    private Simulations() {
    }

    /**
     * Starts a run. Staging has no CARLA server: an app that simulates runs there (the contract's reference)
     * starts one; an app that answers that it cannot run without a simulator makes the check not
     * applicable (skipped with its answer); any other failure makes the test broken.
     */
    public static void startRun(HttpSpecs http, UserSession user) {
        Response scenarios = Setup.expect(given(http.backend()).get("/api/scenarios"), "list the scenarios", 200);
        String scenario = Setup.require(scenarios.jsonPath().getString("scenarios[0]"), "list the scenarios", "no scenario listed");
        Response start = user.authorize(given(http.backend())).body(Map.of("scenarios", List.of(scenario), "debug", false, "report", true))
                .post("/api/simulation/start");
        Setup.expect(start, "start a simulation run", 200);
        Assumptions.assumeTrue(Boolean.TRUE.equals(start.jsonPath().get("success")),
                "the app runs no simulation in staging (no CARLA server): POST /api/simulation/start answered " + start.asString());
    }

    /** Starts a run and waits until the app says it is over (its report and log are then written). */
    public static void runToEnd(HttpSpecs http, UserSession user, Eventually eventually) {
        startRun(http, user);
        eventually.untilAsserted("the run of " + user.username() + " to end (GET /api/simulation/status)", () -> {
            Response status = Setup.expect(user.authorize(given(http.backend())).get("/api/simulation/status"), "read the run status", 200);
            assertThat(status.jsonPath().getBoolean("is_running") || status.jsonPath().getBoolean("is_starting"))
                    .as("run still going: %s", status.asString()).isFalse();
        });
    }
}

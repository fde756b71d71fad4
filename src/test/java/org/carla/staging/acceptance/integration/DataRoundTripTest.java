package org.carla.staging.acceptance.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import org.carla.staging.acceptance.IntegrationTest;
import org.carla.staging.acceptance.support.Accounts;
import org.carla.staging.acceptance.support.Simulations;
import org.carla.staging.acceptance.support.UserSession;
import org.carla.staging.gate.await.Eventually;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.db.Database;
import org.carla.staging.gate.http.HttpSpecs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Seed "Automated Testing" 4. Integration Testing: data written through the API lands in the database. */
@IntegrationTest
@Feature("4. Integration Testing")
@Story("Database connectivity")
class DataRoundTripTest {

    @Test
    @DisplayName("A user registered through the API is a row in users")
    void registeredUserIsStored(HttpSpecs http, GateConfig config) throws Exception {
        UserSession user = new Accounts(http, config).newUser();
        long rows = new Database(config).count("select count(*) from " + config.expectations().databaseSchema()
                + ".users where username = ? and email = ?", user.username(), user.email());
        assertThat(rows).as("rows in users for %s", user.username()).isEqualTo(1);
    }

    @Test
    @DisplayName("A simulation run started through the API leaves a report, in the API and in simulation_reports")
    void simulationRunLeavesAReport(HttpSpecs http, GateConfig config) {
        UserSession user = new Accounts(http, config).newUser();
        Simulations.startRun(http, user);
        Eventually eventually = new Eventually(config.timeouts());
        eventually.untilAsserted("the run's report listed by /api/reports", () ->
                assertThat(user.authorize(given(http.backend())).get("/api/reports").then().statusCode(200)
                        .extract().jsonPath().getList("reports")).as("reports of %s", user).isNotEmpty());
        eventually.untilAsserted("the run's report row in simulation_reports", () ->
                assertThat(new Database(config).count("select count(*) from " + config.expectations().databaseSchema()
                        + ".simulation_reports where tenant_id = ?", Integer.parseInt(user.tenantId())))
                        .as("report rows of %s's tenant %s", user.username(), user.tenantId()).isPositive());
    }
}

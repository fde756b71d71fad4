package org.carla.staging.acceptance.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.restassured.response.Response;
import java.util.List;
import org.carla.staging.acceptance.SecurityTest;
import org.carla.staging.acceptance.support.Simulations;
import org.carla.staging.acceptance.support.Tenants;
import org.carla.staging.acceptance.support.UserSession;
import org.carla.staging.gate.await.Eventually;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Seed "Security Testing": Data Protection — one tenant never sees another's data. */
@SecurityTest
@Feature("5. Security Testing")
@Story("Data isolation")
class TenantIsolationTest {
    private HttpSpecs http;
    private UserSession owner;
    private UserSession intruder;
    private Object reportId;

    @BeforeEach
    void givenAReportOfAnotherTenant(HttpSpecs http, GateConfig config) {
        this.http = http;
        Tenants tenants = Tenants.register(http, config);
        owner = tenants.owner();
        intruder = tenants.intruder();
        Simulations.startRun(http, owner);
        new Eventually(config.timeouts()).untilAsserted("the owner's report exists", () -> {
            List<Object> ids = owner.authorize(given(http.backend())).get("/api/reports").then().statusCode(200).extract().jsonPath().getList("reports.id");
            assertThat(ids).isNotEmpty();
            reportId = ids.get(0);
        });
    }

    @Test
    @DisplayName("Another tenant's report cannot be read by id")
    void otherTenantsReportIsNotReadable() {
        Response response = intruder.authorize(given(http.backend())).get("/api/reports/" + reportId);
        assertThat(response.statusCode()).as("GET another tenant's report answered %s", response.asString()).isIn(403, 404);
    }

    @Test
    @DisplayName("Another tenant's report cannot be deleted by id")
    void otherTenantsReportIsNotDeletable() {
        Response response = intruder.authorize(given(http.backend())).delete("/api/reports/" + reportId);
        assertThat(response.statusCode()).as("DELETE another tenant's report answered %s", response.asString()).isIn(403, 404);
        owner.authorize(given(http.backend())).get("/api/reports/" + reportId).then().statusCode(200);
    }

    @Test
    @DisplayName("Naming the other tenant (?tenant_id=, X-Tenant-Id) does not reveal its reports")
    void tenantSelectorsAreNotTrusted() {
        for (var request : List.of(
                intruder.authorize(given(http.backend())).queryParam("tenant_id", owner.tenantId()),
                intruder.authorize(given(http.backend())).header("X-Tenant-Id", owner.tenantId()))) {
            Response response = request.get("/api/reports");
            if (response.statusCode() == 403) continue;
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.jsonPath().getList("reports.id")).as("reports the intruder sees when naming tenant %s", owner.tenantId())
                    .doesNotContain(reportId);
        }
    }
}

package org.carla.staging.acceptance.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.assertj.core.api.SoftAssertions;
import org.carla.staging.acceptance.SecurityTest;
import org.carla.staging.acceptance.support.Accounts;
import org.carla.staging.acceptance.support.Simulations;
import org.carla.staging.acceptance.support.Tenants;
import org.carla.staging.acceptance.support.UserSession;
import org.carla.staging.gate.await.Eventually;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed "Security Testing": Data Protection. User B tries to read, change and delete user A's
 * configuration and logs by every handle an API offers: id in the path, a tenant query parameter, a
 * tenant header. Each attempt must fail and A's data must stay as it was.
 */
@SecurityTest
@Feature("5. Security Testing")
@Story("Data isolation")
class TenantAttackTest {
    private HttpSpecs http;
    private UserSession owner;
    private UserSession intruder;
    private String marker;

    @BeforeEach
    void givenTwoTenants(HttpSpecs http, GateConfig config) {
        this.http = http;
        Tenants tenants = Tenants.register(http, config);
        owner = tenants.owner();
        intruder = tenants.intruder();
        marker = Accounts.unique("owner-secret-");
        owner.authorize(given(http.backend())).body(Map.of("app_config", Map.of("gate_marker", marker)))
                .post("/api/config").then().statusCode(200);
    }

    /** The three ways a request can try to name the owner's tenant. */
    private List<UnaryOperator<RequestSpecification>> handles() {
        return List.of(
                r -> r.queryParam("tenant_id", owner.tenantId()),
                r -> r.header("X-Tenant-Id", owner.tenantId()),
                r -> r.queryParam("tenant_id", owner.tenantId()).header("X-Tenant-Id", owner.tenantId()));
    }

    @Test
    @DisplayName("B cannot read A's configuration by tenant parameter or header")
    void configurationIsNotReadableAcrossTenants() {
        SoftAssertions soft = new SoftAssertions();
        for (var handle : handles()) {
            Response response = handle.apply(intruder.authorize(given(http.backend()))).get("/api/config");
            soft.assertThat(response.asString()).as("GET /api/config as B naming A's tenant (%d)", response.statusCode()).doesNotContain(marker);
        }
        soft.assertAll();
    }

    @Test
    @DisplayName("B cannot change or reset A's configuration")
    void configurationIsNotWritableAcrossTenants() {
        for (var handle : handles()) {
            handle.apply(intruder.authorize(given(http.backend()))).body(Map.of("app_config", Map.of("gate_marker", "overwritten")))
                    .post("/api/config");
            handle.apply(intruder.authorize(given(http.backend()))).post("/api/config/reset");
        }
        assertThat(owner.authorize(given(http.backend())).get("/api/config").then().statusCode(200).extract().asString())
                .as("A's configuration after B's attempts").contains(marker);
    }

    @Test
    @DisplayName("B cannot read or delete A's log files")
    void logsAreNotReachableAcrossTenants(GateConfig config) {
        Simulations.startRun(http, owner);
        Eventually eventually = new Eventually(config.timeouts());
        String[] name = new String[1];
        eventually.untilAsserted("A has a log file after a run", () -> {
            List<String> logs = owner.authorize(given(http.backend())).get("/api/logs").then().statusCode(200).extract().jsonPath().getList("logs");
            assertThat(logs).isNotEmpty();
            name[0] = logs.get(0);
        });
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(intruder.authorize(given(http.backend())).get("/api/logs").then().extract().asString())
                .as("B's own log list").doesNotContain(name[0]);
        for (var handle : handles()) {
            Response read = handle.apply(intruder.authorize(given(http.backend()))).get("/api/logs/" + name[0]);
            soft.assertThat(read.statusCode()).as("B reading A's log %s (%s)", name[0], read.asString()).isIn(403, 404);
            Response delete = handle.apply(intruder.authorize(given(http.backend()))).delete("/api/logs/" + name[0]);
            soft.assertThat(delete.statusCode()).as("B deleting A's log %s (%s)", name[0], delete.asString()).isIn(403, 404);
        }
        soft.assertAll();
        owner.authorize(given(http.backend())).get("/api/logs/" + name[0]).then().statusCode(200);
    }
}

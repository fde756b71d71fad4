package org.carla.staging.acceptance.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.util.List;
import java.util.Set;
import org.carla.staging.acceptance.SecurityTest;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.report.Figures;
import org.carla.staging.gate.security.FindingsReport;
import org.carla.staging.gate.security.container.ContainerAudit;
import org.carla.staging.gate.security.container.ContainerFacts;
import org.carla.staging.gate.security.container.ContainerRuleConfig;
import org.carla.staging.gate.security.container.InspectedContainers;
import org.carla.staging.gate.security.GatePolicy;
import org.carla.staging.gate.stack.Requirements;
import org.carla.staging.gate.stack.ServiceState;
import org.carla.staging.gate.stack.StagingStack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed "Security Testing": Data Protection and Network Security at the container level, the way InSpec's
 * CIS Docker profile reads `docker inspect`: non-root, unprivileged, no added capabilities, no Docker
 * socket or host mounts, no undeclared secrets in the environment, loopback-only ports; default
 * credentials flagged (staging postgres/postgres: WARN; Grafana admin/admin: FAIL).
 */
@SecurityTest
@Feature("5. Security Testing")
@Story("Data isolation")
class ContainerHygieneTest {

    @Test
    @DisplayName("Every container passes the CIS-style rules of the policy")
    void containersPassTheHygieneRules(StagingStack stack, GateConfig config) {
        List<ContainerFacts> facts = Requirements.containers(stack).states().stream()
                .map(ServiceState::inspect).map(InspectedContainers::facts).toList();
        ContainerRuleConfig rules = ContainerRuleConfig.defaults()
                .withAllowedHostIps(Set.of(config.security().allowedBind()))
                .withDeclaredSecrets(Set.copyOf(config.security().declaredSecrets()));
        ContainerAudit audit = new ContainerAudit(GatePolicy.load(config.security()), rules);
        FindingsReport report = audit.report(facts);
        Figures.html("container findings", report.html());
        Figures.text("container audit summary", report.summary());
        assertThat(report.failingGroups()).as("container finding groups rated FAIL (%s)", report.summary()).isEmpty();
    }

    @Test
    @DisplayName("Grafana does not accept its default admin/admin")
    void grafanaRefusesDefaultCredentials(StagingStack stack, HttpSpecs http) {
        Requirements.service(stack, "grafana");
        int status = given(http.grafana()).auth().preemptive().basic("admin", "admin").get("/api/user").statusCode();
        assertThat(status).as("Grafana /api/user with admin/admin").isEqualTo(401);
    }
}

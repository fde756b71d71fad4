package org.carla.staging.acceptance.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.qameta.allure.Allure;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.carla.staging.acceptance.IntegrationTest;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.docker.CommandResult;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.stack.Requirements;
import org.carla.staging.gate.stack.StackContainers;
import org.carla.staging.gate.stack.StagingStack;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Seed "Monitoring Strategy: Alerting": the alert rules shipped with the stack are unit-tested with
 * {@code promtool test rules} inside the running Prometheus image (so the test sees the rules Prometheus
 * loaded, in either world), every rule of the rules folder is loaded and evaluates cleanly, and Prometheus
 * sends its alerts to a live Alertmanager.
 */
@IntegrationTest
@Feature("Monitoring and Observability")
@Story("Alerting")
class AlertRulesTest {

    @TestFactory
    @DisplayName("The alert rules pass their unit tests (promtool test rules, inside the Prometheus image)")
    Stream<DynamicTest> alertRulesPassTheirUnitTests(StagingStack stack, GateConfig config) throws IOException {
        StackContainers containers = Requirements.containers(stack);
        List<Path> tests = files(config.monitoring().rulesDir(), "_test.yml");
        Assumptions.assumeFalse(tests.isEmpty(), "no *_test.yml next to the rules in " + config.monitoring().rulesDir());
        return tests.stream().map(test -> DynamicTest.dynamicTest(test.getFileName().toString(), () -> {
            String inside = config.monitoring().rulesMount() + "/" + test.getFileName();
            CommandResult run = containers.exec("prometheus", Duration.ofMinutes(1), "promtool", "test", "rules", inside);
            Allure.addAttachment("promtool test rules " + test.getFileName(), "text/plain", run.stdout() + run.stderr(), ".txt");
            assertThat(run.exitCode()).as("promtool test rules %s (inside the prometheus container):%n%s%s", inside, run.stdout(), run.stderr())
                    .isZero();
        }));
    }

    @Test
    @DisplayName("Prometheus loaded every alert rule of the rules folder and each evaluates without error")
    void everyAlertRuleIsLoadedAndHealthy(HttpSpecs http, GateConfig config) throws IOException {
        List<String> declared = new ArrayList<>();
        for (Path file : files(config.monitoring().rulesDir(), ".rules.yml")) {
            for (JsonNode group : new YAMLMapper().readTree(file.toFile()).path("groups")) {
                group.path("rules").forEach(r -> { if (r.has("alert")) declared.add(r.path("alert").asText()); });
            }
        }
        Allure.parameter("declared alerts", declared.toString());
        List<Map<String, Object>> loaded = given(http.prometheus()).queryParam("type", "alert").get("/api/v1/rules").then().statusCode(200)
                .extract().jsonPath().getList("data.groups.rules.flatten()");
        assertThat(loaded).extracting(r -> String.valueOf(r.get("name"))).as("alert rules Prometheus loaded").containsAll(declared);
        assertThat(loaded).as("alert rules whose evaluation fails (name, health, lastError)")
                .filteredOn(r -> !"ok".equals(r.get("health")) && !"unknown".equals(r.get("health")))
                .extracting(r -> r.get("name") + " " + r.get("health") + " " + r.get("lastError")).isEmpty();
    }

    @Test
    @DisplayName("Prometheus sends its alerts to a live Alertmanager")
    void prometheusSendsToALiveAlertmanager(HttpSpecs http) {
        List<String> active = given(http.prometheus()).get("/api/v1/alertmanagers").then().statusCode(200).extract().jsonPath()
                .getList("data.activeAlertmanagers.url", String.class);
        assertThat(active).as("Alertmanagers Prometheus sends alerts to").isNotEmpty();
        given(http.alertmanager()).get("/-/ready").then().statusCode(200);
    }

    static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}

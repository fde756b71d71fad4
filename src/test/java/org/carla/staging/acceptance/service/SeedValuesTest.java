package org.carla.staging.acceptance.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qameta.allure.Allure;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.carla.staging.acceptance.ServiceTest;
import org.carla.staging.acceptance.support.Prometheus;
import org.carla.staging.gate.await.Eventually;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.config.Ports;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.metrics.PrometheusText;
import org.carla.staging.gate.security.container.InspectedContainers;
import org.carla.staging.gate.stack.Requirements;
import org.carla.staging.gate.stack.ServiceState;
import org.carla.staging.gate.stack.StagingStack;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The seed's and the contract's concrete values, judged on the running stack: the scenarios the contract
 * names, the version wherever it appears, the environment the backend container sees (seed "Environment
 * Variables") and the seed's "Port Mapping". Expected values are settings with the seed's values as defaults.
 */
@ServiceTest
@Feature("Configuration")
class SeedValuesTest {

    @Test
    @Story("Contract: GET /api/scenarios")
    @DisplayName("/api/scenarios lists exactly the contract's scenarios")
    void scenarioListIsTheContracts(HttpSpecs http, GateConfig config) {
        List<String> expected = config.semantics().scenarios();
        List<String> listed = given(http.backend()).get("/api/scenarios").then().statusCode(200)
                .extract().jsonPath().getList("scenarios", String.class);
        assertThat(listed).as("scenarios listed by /api/scenarios (expected, any order: %s; setting staging.expected.scenarios)", expected)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @TestFactory
    @Story("Environment Variables: VERSION")
    @DisplayName("The version is the seed's wherever it appears")
    Stream<DynamicTest> versionIsTheSeedsEverywhere(HttpSpecs http, GateConfig config, StagingStack stack) {
        String apiVersion = given(http.backend()).get("/api/version").then().statusCode(200).extract().path("version");
        String expected = config.expectations().version().orElse(apiVersion);
        String why = "expected version " + expected + " (staging.expected.version; seed VERSION=staging)";
        List<DynamicTest> places = new ArrayList<>();
        places.add(DynamicTest.dynamicTest("GET /api/version names version " + expected, () ->
                assertThat(apiVersion).as("/api/version: version; " + why).isEqualTo(expected)));
        places.add(DynamicTest.dynamicTest("the frontend's /version.txt names version " + expected, () -> {
            String text = given(http.frontend()).get("/version.txt").then().statusCode(200).extract().asString().strip();
            assertThat(text.lines().findFirst().orElse("").strip()).as("first line of /version.txt (%s); %s", text, why).isEqualTo(expected);
        }));
        places.add(DynamicTest.dynamicTest("the backend's /metrics carla_app_info{version} is " + expected, () -> {
            String metrics = given(http.backend()).get("/metrics").then().statusCode(200).extract().asString();
            assertThat(PrometheusText.parse(metrics).named("carla_app_info")).as("carla_app_info samples of /metrics; %s", why)
                    .isNotEmpty().allSatisfy(s -> assertThat(s.label("version")).as("carla_app_info version label").isEqualTo(expected));
        }));
        places.add(DynamicTest.dynamicTest("Prometheus holds carla_app_info{version=" + expected + "}", () ->
                new Eventually(config.timeouts()).untilHolds("carla_app_info scraped by Prometheus", () ->
                        assertThat(new Prometheus(http).vector("carla_app_info")).as("carla_app_info in Prometheus; %s", why)
                                .isNotEmpty().allSatisfy(s -> assertThat(s.label("version")).isEqualTo(expected)))));
        places.add(DynamicTest.dynamicTest("the backend container sees VERSION=" + expected, () ->
                assertThat(backendEnvironment(stack).get("VERSION")).as("VERSION in the backend container's environment; %s", why)
                        .isEqualTo(expected)));
        return places.stream();
    }

    @TestFactory
    @Story("Environment Variables")
    @DisplayName("The backend container sees the seed's staging environment")
    Stream<DynamicTest> backendContainerSeesTheSeedsEnvironment(StagingStack stack, GateConfig config) {
        Map<String, String> seen = backendEnvironment(stack);
        List<DynamicTest> checks = new ArrayList<>();
        config.semantics().backendEnvironment().forEach((name, value) -> checks.add(DynamicTest.dynamicTest(
                "the backend container sees " + name + "=" + value, () -> {
                    // Names only: the environment holds secrets (JWT_SECRET_KEY, the password in DATABASE_URL).
                    assertThat(seen.keySet()).as("variables of the backend container (staging.expected.backend.environment)").contains(name);
                    assertThat(seen.get(name)).as("%s in the backend container", name).isEqualToIgnoringCase(value);
                })));
        checks.add(DynamicTest.dynamicTest("the backend container's DATABASE_URL names database " + config.databaseName(), () -> {
            assertThat(seen.keySet()).as("variables of the backend container").contains("DATABASE_URL");
            // Read by hand, never echoed: the URL carries the database password.
            String url = seen.get("DATABASE_URL");
            String scheme = url.contains("://") ? url.substring(0, url.indexOf("://")) : "";
            String database = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*$", "");
            assertThat(database).as("database named by DATABASE_URL (staging.database.name; seed: carla_simulator_staging)")
                    .isEqualTo(config.databaseName());
            assertThat(scheme).as("scheme of DATABASE_URL").matches("postgres(ql)?(\\+\\w+)?");
        }));
        return checks.stream();
    }

    @TestFactory
    @Story("Port Mapping")
    @DisplayName("Each service publishes the seed's container port on its host port, and nothing else")
    Stream<DynamicTest> publishedPortsAreTheSeeds(StagingStack stack, GateConfig config) {
        // Inspected once for all services: each single lookup inspects the whole stack.
        Map<String, ServiceState> states = Requirements.containers(stack).byService();
        Map<String, Integer> hostPorts = config.ports().byService();
        return config.semantics().containerPorts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> DynamicTest.dynamicTest(e.getKey() + " publishes container port " + e.getValue() + " on host port "
                        + hostPorts.get(e.getKey()) + " only", () -> {
                    Requirements.service(stack, e.getKey());
                    ServiceState state = states.get(e.getKey());
                    if (state == null) throw new IllegalStateException("no container for service '" + e.getKey() + "' in this run's stack");
                    Map<String, Set<String>> published = published(state.inspect());
                    Allure.parameter("published", published.toString());
                    assertThat(published).as("%s: container port -> host ports (seed \"Port Mapping\"; %s, "
                                    + "staging.expected.container.ports)", e.getKey(), Ports.settingKey(e.getKey()))
                            .isEqualTo(Map.of(e.getValue() + "/tcp", Set.of(String.valueOf(hostPorts.get(e.getKey())))));
                }));
    }

    /** The backend container's environment as Docker shows it (Config.Env), sorted by name. */
    private static Map<String, String> backendEnvironment(StagingStack stack) {
        return new TreeMap<>(InspectedContainers.facts(Requirements.containers(stack).state("backend").inspect()).envMap());
    }

    /** Container port ("8000/tcp") -> the host ports it is published on; exposed-only ports are left out. */
    private static Map<String, Set<String>> published(JsonNode inspect) {
        Map<String, Set<String>> ports = new TreeMap<>();
        InspectedContainers.facts(inspect).ports().forEach(binding ->
                ports.computeIfAbsent(binding.containerPort(), p -> new TreeSet<>()).add(String.valueOf(binding.hostPort())));
        if (ports.isEmpty() && !"running".equals(inspect.path("State").path("Status").asText())) {
            Assumptions.abort("the container is not running: its published ports cannot be read (see ContainersTest)");
        }
        return ports;
    }
}

package org.carla.staging.acceptance.prereq;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Allure;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.util.stream.Stream;
import org.carla.staging.acceptance.PrereqTest;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.prereq.Check;
import org.carla.staging.gate.prereq.Prerequisites;
import org.carla.staging.gate.compose.ComposeProject;
import org.carla.staging.gate.compose.StaleStackReaper;
import org.carla.staging.gate.compose.World;
import org.carla.staging.gate.postman.Newman;
import org.carla.staging.gate.stack.GateRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Seed "Automated Testing" 1. Prerequisites Check: Docker and Compose, port conflicts, configuration. */
@PrereqTest
@Feature("1. Prerequisites Check")
class PrerequisitesTest {
    private GateConfig config;
    private GateRun run;
    private Prerequisites prerequisites;

    @BeforeEach
    void given(GateRun run) {
        this.run = run;
        this.config = run.config();
        this.prerequisites = new Prerequisites(config, run.docker(), System.getenv());
    }

    @Test
    @Story("Docker and Docker Compose availability")
    @DisplayName("Docker engine is reachable (version shown)")
    void dockerEngineIsReachable() {
        requireContainers();
        assertPasses(prerequisites.dockerEngine());
    }

    @Test
    @Story("Docker and Docker Compose availability")
    @DisplayName("Docker Compose v2 is present")
    void composeV2IsPresent() {
        requireContainers();
        assertPasses(prerequisites.composeV2());
    }

    @TestFactory
    @Story("Port conflict detection")
    @DisplayName("Each host port of the stack is free")
    Stream<DynamicTest> eachHostPortIsFree() {
        requireContainers();
        // A run killed outright (SIGKILL) left its stack on these ports: it goes first, never a live run's.
        DynamicTest reap = DynamicTest.dynamicTest("stacks of killed gate runs are removed first",
                () -> assertPasses(prerequisites.staleStacksRemoved(new StaleStackReaper(run.docker(), config.projectName()))));
        return Stream.concat(Stream.of(reap), config.ports().byService().entrySet().stream().map(e -> DynamicTest.dynamicTest(
                e.getKey() + " port " + e.getValue() + " is free",
                () -> assertPasses(prerequisites.portFree(e.getKey(), e.getValue())))));
    }

    @Test
    @Story("Configuration validation")
    @DisplayName("Compose configuration is valid (docker compose config)")
    void composeConfigurationIsValid() {
        requireContainers();
        assertPasses(prerequisites.composeConfigValid(project()));
    }

    @Test
    @Story("Configuration validation")
    @DisplayName("Every image of the stack is built or pulled")
    void stackImagesArePresent() {
        requireContainers();
        assertPasses(prerequisites.imagesPresent(project()));
    }

    @Test
    @Story("Configuration validation")
    @DisplayName("Testcontainers is set up for this world")
    void testcontainersSettingsFitTheWorld() {
        requireContainers();
        assertPasses(prerequisites.testcontainersSettings(world()));
    }

    @Test
    @Story("Test tools availability")
    @DisplayName("The Postman collection runner (Node.js, Newman) is installed")
    void postmanRunnerIsInstalled() {
        assertPasses(prerequisites.postmanRunner(new Newman(config.postman(), config.projectDir())));
    }

    @Test
    @Story("Configuration validation")
    @DisplayName("Required settings are present and every declared service can start")
    void requiredSettingsArePresent() {
        // Loading GateConfig validated every setting already (a bad one fails here with its key and fix).
        Allure.parameter("target", config.target());
        Allure.parameter("endpoints", config.endpoints().toString());
        requireContainers();
        assertPasses(prerequisites.requiredServices(project()));
    }

    private World world() {
        Allure.parameter("world", run.world());
        return run.world();
    }

    private ComposeProject project() {
        world();
        return run.project();
    }

    private void requireContainers() {
        Assumptions.assumeTrue(config.usesContainers(),
                "the target is a deployed staging (staging.target=external): no local Docker checks apply");
    }

    private static void assertPasses(Check check) {
        Allure.parameter(check.name(), check.found());
        assertThat(check.ok()).as(check.explain()).isTrue();
    }
}

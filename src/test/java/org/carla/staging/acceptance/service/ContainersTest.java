package org.carla.staging.acceptance.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carla.staging.acceptance.ServiceTest;
import org.carla.staging.gate.report.Figures;
import org.carla.staging.gate.stack.ComposeStack;
import org.carla.staging.gate.stack.Requirements;
import org.carla.staging.gate.stack.ServiceState;
import org.carla.staging.gate.stack.StackContainers;
import org.carla.staging.gate.stack.StagingStack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Seed "Automated Testing" 2. Service Testing: container startup verification, health check validation. */
@ServiceTest
@Feature("2. Service Testing")
class ContainersTest {

    @TestFactory
    @Story("Container startup verification")
    @DisplayName("Each container of the stack is running and healthy")
    Stream<DynamicTest> eachContainerIsRunningAndHealthy(StagingStack stack) {
        StackContainers containers = Requirements.containers(stack);
        Map<String, ServiceState> states = containers.byService();
        return stack.services().stream().map(service -> DynamicTest.dynamicTest(service + " is running and healthy", () -> {
            assertThat(states).as("a container for service %s", service).containsKey(service);
            ServiceState state = states.get(service);
            assertThat(state.status()).as("%s container status", service).isEqualTo("running");
            assertThat(state.health()).as("%s health (last healthcheck output: %s)", service, state.lastHealthOutput())
                    .isEqualTo("healthy");
        }));
    }

    @Test
    @Story("Health check validation")
    @DisplayName("Every service declares a healthcheck (nothing is 'running' without proof)")
    void everyServiceDeclaresAHealthcheck(StagingStack stack) {
        StackContainers containers = Requirements.containers(stack);
        Map<String, String> health = containers.states().stream()
                .collect(Collectors.toMap(ServiceState::service, ServiceState::health));
        assertThat(health).as("health state per service").doesNotContainValue("none");
    }

    @Test
    @Story("Container startup verification")
    @DisplayName("Startup time per container is measured and reported")
    void startupTimePerContainerIsReported(StagingStack stack) {
        Requirements.containers(stack);
        ComposeStack compose = (ComposeStack) stack;
        for (ServiceState state : compose.readyStates()) {
            assertThat(state.startupTime()).as("%s has a first passing healthcheck to time its startup", state.service()).isPresent();
            Figures.record("startup " + state.service(), state.startupTime().orElseThrow().toMillis() / 1000.0, "s",
                    stack.config().thresholds().containerStartupMs() / 1000 + " s");
        }
    }
}

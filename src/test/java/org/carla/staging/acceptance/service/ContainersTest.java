package org.carla.staging.acceptance.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.net.URI;
import java.util.Map;
import java.util.stream.Stream;
import org.carla.staging.acceptance.ServiceTest;
import org.carla.staging.gate.report.Figures;
import org.carla.staging.gate.stack.ComposeStack;
import org.carla.staging.gate.stack.Requirements;
import org.carla.staging.gate.stack.ServiceState;
import org.carla.staging.gate.stack.HttpReadinessProbe;
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
        Map<String, URI> probes = stack.config().readinessProbes();
        return stack.services().stream().map(service -> DynamicTest.dynamicTest(service + " is running and healthy", () -> {
            assertThat(states).as("a container for service %s", service).containsKey(service);
            ServiceState state = states.get(service);
            if (state.init()) {
                assertThat(state.exitCode()).as("%s (one-shot step) exit code", service).isZero();
                return;
            }
            assertThat(state.status()).as("%s container status", service).isEqualTo("running");
            if (state.hasHealthcheck()) {
                assertThat(state.health()).as("%s health (last healthcheck output: %s)", service, state.lastHealthOutput())
                        .isEqualTo("healthy");
            }
            if (probes.containsKey(service)) {
                assertThat(new HttpReadinessProbe().notAnswering(probes.get(service))).as("%s answering GET %s from outside",
                        service, probes.get(service)).isNull();
            }
        }));
    }

    @Test
    @Story("Health check validation")
    @DisplayName("Every service has a readiness check: its compose healthcheck, or the gate's probe from outside")
    void everyServiceHasAReadinessCheck(StagingStack stack) {
        StackContainers containers = Requirements.containers(stack);
        Map<String, URI> probes = stack.config().readinessProbes();
        assertThat(containers.states()).filteredOn(s -> !s.init()).as("long-running services")
                .allSatisfy(s -> assertThat(s.hasHealthcheck() || probes.containsKey(s.service()))
                        .as("%s has a compose healthcheck (%s) or an outside probe (staging.readiness.probes)", s.service(), s.health())
                        .isTrue());
    }

    @Test
    @Story("Container startup verification")
    @DisplayName("Startup time per container is measured and reported")
    void startupTimePerContainerIsReported(StagingStack stack) {
        Requirements.containers(stack);
        ComposeStack compose = (ComposeStack) stack;
        for (ServiceState state : compose.readyStates().stream().filter(s -> !s.init()).toList()) {
            assertThat(state.startupTime()).as("%s has a first passing healthcheck to time its startup", state.service()).isPresent();
            Figures.record("startup " + state.service(), state.startupTime().orElseThrow().toMillis() / 1000.0, "s",
                    stack.config().thresholds().containerStartupMs() / 1000 + " s");
        }
    }
}

package org.carla.staging.acceptance.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.carla.staging.acceptance.SecurityTest;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.docker.CommandResult;
import org.carla.staging.gate.stack.Requirements;
import org.carla.staging.gate.stack.ServiceState;
import org.carla.staging.gate.stack.StackContainers;
import org.carla.staging.gate.stack.StagingStack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Seed "Security Testing": Network Security — verify network isolation. */
@SecurityTest
@Feature("5. Security Testing")
@Story("Network isolation verification")
class NetworkIsolationTest {

    @Test
    @DisplayName("Every published port is bound to the configured address (loopback by default)")
    void publishedPortsAreBoundToLoopback(StagingStack stack, GateConfig config) {
        StackContainers containers = Requirements.containers(stack);
        List<String> bindings = new ArrayList<>();
        for (ServiceState state : containers.states()) {
            state.inspect().path("NetworkSettings").path("Ports").fields().forEachRemaining(port -> {
                for (JsonNode binding : port.getValue()) {
                    bindings.add(state.service() + " " + port.getKey() + " -> " + binding.path("HostIp").asText() + ":" + binding.path("HostPort").asText());
                }
            });
        }
        assertThat(bindings).as("published ports").isNotEmpty()
                .allSatisfy(b -> assertThat(b).as("published port binding").contains(" -> " + config.security().allowedBind() + ":"));
    }

    @Test
    @DisplayName("From inside the frontend container, the database port cannot be opened")
    void frontendCannotReachTheDatabase(StagingStack stack) {
        StackContainers containers = Requirements.containers(stack);
        // The frontend container tries the database by its service name; only the backend and Grafana share its network.
        CommandResult attempt = containers.exec("frontend", Duration.ofSeconds(15), "bash", "-c",
                "timeout 5 bash -c 'exec 3<>/dev/tcp/database/5432' && echo CONNECTED || echo BLOCKED");
        assertThat(attempt.exitCode()).as("the probe ran in the frontend container (needs bash): %s", attempt.describe()).isZero();
        assertThat(attempt.stdout().strip()).as("TCP connect frontend -> database:5432").isEqualTo("BLOCKED");
    }

    @Test
    @DisplayName("The backend does reach the database (the isolation probe can tell the difference)")
    void backendReachesTheDatabase(StagingStack stack) {
        StackContainers containers = Requirements.containers(stack);
        CommandResult attempt = containers.exec("backend", Duration.ofSeconds(15), "python3", "-c",
                "import socket; socket.create_connection(('database', 5432), 5); print('CONNECTED')");
        assertThat(attempt.stdout().strip()).as("TCP connect backend -> database:5432: %s", attempt.describe()).isEqualTo("CONNECTED");
    }

    @Test
    @DisplayName("Every container is attached only to the stack's own networks")
    void containersUseOnlyStagingNetworks(StagingStack stack) {
        StackContainers containers = Requirements.containers(stack);
        for (ServiceState state : containers.states()) {
            List<String> networks = new ArrayList<>();
            state.inspect().path("NetworkSettings").path("Networks").fieldNames().forEachRemaining(networks::add);
            assertThat(networks).as("networks of %s", state.service()).isNotEmpty()
                    .allSatisfy(n -> assertThat(n).as("network name").contains("staging").doesNotMatch("bridge|host|none"));
        }
    }
}

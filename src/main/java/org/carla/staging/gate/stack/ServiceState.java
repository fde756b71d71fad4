package org.carla.staging.gate.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One container of the stack as `docker inspect` describes it, reduced to what the gate asks:
 * is it running, is it healthy, and if not, why (the last healthcheck output).
 */
public record ServiceState(String service, String containerId, String containerName, String status,
                           String health, String lastHealthOutput, Instant startedAt, Optional<Instant> firstHealthyAt,
                           JsonNode inspect) {

    public static ServiceState of(JsonNode inspect) {
        JsonNode state = inspect.path("State");
        JsonNode healthNode = state.path("Health");
        String health = healthNode.isMissingNode() ? "none" : healthNode.path("Status").asText("none");
        String lastOutput = "";
        Optional<Instant> firstHealthy = Optional.empty();
        for (JsonNode entry : healthNode.path("Log")) {
            lastOutput = entry.path("Output").asText("").strip();
            if (firstHealthy.isEmpty() && entry.path("ExitCode").asInt(1) == 0) {
                firstHealthy = Optional.of(Instant.from(java.time.OffsetDateTime.parse(entry.path("End").asText())));
            }
        }
        return new ServiceState(
                inspect.path("Config").path("Labels").path("com.docker.compose.service").asText("?"),
                inspect.path("Id").asText(),
                inspect.path("Name").asText().replaceFirst("^/", ""),
                state.path("Status").asText("unknown"),
                health, lastOutput,
                Instant.from(java.time.OffsetDateTime.parse(state.path("StartedAt").asText("1970-01-01T00:00:00Z"))),
                firstHealthy, inspect);
    }

    /** The compose label of one-shot services (e.g. the schema step): done when they exited 0. */
    public static final String ROLE_LABEL = "org.carla.staging.role";

    /** A one-shot step of the stack rather than a long-running service. */
    public boolean init() {
        return "init".equals(inspect.path("Config").path("Labels").path(ROLE_LABEL).asText(""));
    }

    public int exitCode() {
        return inspect.path("State").path("ExitCode").asInt();
    }

    /** Whether compose itself checks this container's health (a healthcheck in the compose file or image). */
    public boolean hasHealthcheck() {
        return !"none".equals(health);
    }

    /** Null when ready as far as the engine can tell; otherwise why not, in words. */
    public String notReadyReason() {
        if (init()) {
            if ("exited".equals(status) && exitCode() == 0) return null;
            return "exited".equals(status) ? service + " (one-shot) failed with exit code " + exitCode() : null;
        }
        if (!"running".equals(status)) return service + " is " + status + " (exit code " + exitCode() + ")";
        if (!hasHealthcheck() || "healthy".equals(health)) return null;
        return service + " is " + health + (lastHealthOutput.isEmpty() ? "" : "; last healthcheck said: " + lastHealthOutput);
    }

    /** The same container, ready from the given instant on (the gate's own probe from outside answered). */
    public ServiceState readyAt(Instant readyAt) {
        return new ServiceState(service, containerId, containerName, status, health, lastHealthOutput, startedAt,
                Optional.of(readyAt), inspect);
    }

    /** From the container's start to its first passing check, compose's or the gate's (seed: "Container Startup < 30 s"). */
    public Optional<Duration> startupTime() {
        return firstHealthyAt.map(healthy -> Duration.between(startedAt, healthy));
    }

    public String image() {
        return inspect.path("Config").path("Image").asText();
    }
}

package org.carla.staging.gate.prereq;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.docker.CommandResult;
import org.carla.staging.gate.docker.DockerCli;
import org.carla.staging.gate.compose.ComposeProject;
import org.carla.staging.gate.compose.StaleStackReaper;
import org.carla.staging.gate.compose.World;

/**
 * The seed's "Prerequisites Check" as functions: Docker and compose v2 availability, port conflicts,
 * configuration validity, the Testcontainers settings this world needs. Used by the prereq suite and,
 * for the essentials, by the stack fixture before it starts anything.
 */
public final class Prerequisites {
    private final GateConfig config;
    private final DockerCli docker;
    private final Map<String, String> environment;

    public Prerequisites(GateConfig config, DockerCli docker, Map<String, String> environment) {
        this.config = config;
        this.docker = docker;
        this.environment = environment;
    }

    public Check dockerEngine() {
        CommandResult result = docker.docker(Duration.ofSeconds(20), "version", "--format", "client {{.Client.Version}}, engine {{.Server.Version}} (API {{.Server.APIVersion}})");
        if (result.ok()) return Check.pass("Docker engine", result.stdout().strip());
        if (result.exitCode() == 127) {
            return Check.fail("Docker engine", "the docker command is not installed", "run compose/bootstrap (installs docker.io) or install Docker");
        }
        return Check.fail("Docker engine", "not reachable: " + result.complaint(),
                "start the engine (compose/bootstrap starts dockerd), or point DOCKER_HOST at a running one");
    }

    public Check composeV2() {
        CommandResult result = docker.docker(Duration.ofSeconds(20), "compose", "version", "--short");
        if (!result.ok()) {
            return Check.fail("Docker Compose v2", "`docker compose` is not available: " + result.complaint(),
                    "run compose/bootstrap (installs the compose v2 plugin); compose v1 (docker-compose) is end-of-life and not used");
        }
        String version = result.stdout().strip().replaceFirst("^v", "");
        if (!version.startsWith("2.") && !version.matches("^[3-9]\\..*")) {
            return Check.fail("Docker Compose v2", "version " + version, "install Docker Compose 2.x");
        }
        return Check.pass("Docker Compose v2", version);
    }

    /**
     * Stacks of earlier gate runs killed outright hold the ports this run needs: removed first (never the
     * stack of a run still alive), so a SIGKILLed run does not fail the next one's port check.
     */
    public Check staleStacksRemoved(StaleStackReaper reaper) {
        List<String> removed = reaper.reap();
        return Check.pass("stale gate stacks", removed.isEmpty() ? "none" : "removed, left by killed runs: " + removed);
    }

    public Check portFree(String service, int port) {
        String name = service + " host port " + port;
        try (ServerSocket socket = new ServerSocket()) {
            // As docker-proxy binds: lingering TIME_WAIT connections of an earlier run are no conflict, a listener is.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(config.bindAddress()), port));
            return Check.pass(name, "free on " + config.bindAddress());
        } catch (java.io.IOException e) {
            return Check.fail(name, "already in use on " + config.bindAddress() + " by " + PortOwner.describe(port),
                    "stop that process or container, or give the service another port: -Dstaging." + service + ".port=<free port>");
        }
    }

    public Check composeConfigValid(ComposeProject project) {
        CommandResult result = project.compose(Duration.ofSeconds(30), "config", "--quiet");
        if (result.ok()) return Check.pass("compose configuration", "valid: " + project.files());
        return Check.fail("compose configuration", "invalid: " + result.complaint(),
                "fix the compose file named in the message (or the setting feeding it), then check with `docker compose -f ... config`");
    }

    /** Images the stack uses must be in the engine: nothing is pulled or built during the gate. */
    public Check imagesPresent(ComposeProject project) {
        CommandResult result = project.compose(Duration.ofSeconds(30), "config", "--images");
        if (!result.ok()) return Check.fail("stack images", result.complaint(), "fix the compose configuration first");
        List<String> missing = result.stdout().lines().map(String::strip).filter(s -> !s.isEmpty())
                .filter(image -> !docker.imagePresent(image)).toList();
        return missing.isEmpty()
                ? Check.pass("stack images", "all present: " + result.stdout().lines().map(String::strip).toList())
                : Check.fail("stack images", "missing: " + missing, "run compose/bootstrap, which builds (or pulls) every image of the stack");
    }

    /** Without these, Testcontainers waits minutes for images it cannot pull (see README "Two worlds"). */
    public Check testcontainersSettings(World world) {
        if (world == World.REGISTRY) return Check.pass("Testcontainers settings", "registry world: defaults (Ryuk on)");
        boolean ryukOff = "true".equalsIgnoreCase(environment.getOrDefault("TESTCONTAINERS_RYUK_DISABLED", ""));
        boolean hostSet = !environment.getOrDefault("TESTCONTAINERS_HOST_OVERRIDE", "").isBlank();
        if (ryukOff && hostSet) return Check.pass("Testcontainers settings", "air-gap world: Ryuk off, host override set");
        return Check.fail("Testcontainers settings",
                "air-gap world but TESTCONTAINERS_RYUK_DISABLED=true and TESTCONTAINERS_HOST_OVERRIDE=localhost are not both set",
                "run through Maven (mvn verify -Pstaging sets them), or set both in your IDE run configuration's environment");
    }

    public Check requiredServices(ComposeProject project) {
        List<String> running = project.services();
        List<String> declared = project.declaredServices();
        List<String> leftOut = declared.stream().filter(s -> !running.contains(s)).toList();
        if (leftOut.isEmpty()) return Check.pass("stack services", "all declared services start: " + running);
        if (config.strictServices()) {
            return Check.fail("stack services", "left out in this world: " + leftOut,
                    "run on a machine with a container registry, or set staging.strict.services=false to skip their tests");
        }
        return Check.pass("stack services", "left out in this world (their tests are skipped): " + leftOut);
    }
}

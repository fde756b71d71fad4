package org.carla.staging.gate.prereq;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.config.Ports;
import org.carla.staging.gate.docker.CommandResult;
import org.carla.staging.gate.docker.DockerCli;
import org.carla.staging.gate.compose.ComposeProject;
import org.carla.staging.gate.compose.StaleStackReaper;
import org.carla.staging.gate.compose.World;
import org.carla.staging.gate.postman.Newman;

/**
 * The seed's "Prerequisites Check" as functions: Docker and compose v2 availability, port conflicts,
 * configuration validity, the Testcontainers settings this world needs. Used by the prereq suite and,
 * for the essentials, by the stack fixture before it starts anything.
 */
public final class Prerequisites {
    private final GateConfig config;
    private final DockerCli docker;
    private final Map<String, String> environment;
    private final Path userFile;

    public Prerequisites(GateConfig config, DockerCli docker, Map<String, String> environment) {
        this.config = config;
        this.docker = docker;
        this.environment = environment;
        this.userFile = Path.of(System.getProperty("user.home"), ".testcontainers.properties"); // Testcontainers' user settings
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
        } catch (IOException e) {
            return Check.fail(name, "already in use on " + config.bindAddress() + " by " + PortOwner.describe(port),
                    "stop that process or container, or give the service another port: -D" + Ports.settingKey(service) + "=<free port>");
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

    /**
     * Without these, Testcontainers waits minutes for images it cannot pull (see README "Two worlds"). Testcontainers
     * 2.0.5 reads "Ryuk off" and "the Docker host" from the environment only (Maven sets both); from
     * ~/.testcontainers.properties it reads image names, which compose/bootstrap points at local stand-ins (a
     * Debian-built reaper, and the base image to find the host), so a class run from the IDE needs no variables.
     */
    public Check testcontainersSettings(World world) {
        if (world == World.REGISTRY) return Check.pass("Testcontainers settings", "registry world: defaults (Ryuk on)");
        boolean ryukOff = "true".equalsIgnoreCase(environment.getOrDefault("TESTCONTAINERS_RYUK_DISABLED", ""));
        boolean hostSet = !environment.getOrDefault("TESTCONTAINERS_HOST_OVERRIDE", "").isBlank();
        // The user file and its images are only looked at for what the environment does not settle (Maven settles both).
        Properties user = ryukOff && hostSet ? new Properties() : testcontainersUserFile();
        String ryukImage = user.getProperty("ryuk.container.image", "").strip();
        String tinyImage = user.getProperty("tinyimage.container.image", "").strip();
        boolean ryukLocal = !ryukOff && !ryukImage.isEmpty() && docker.imagePresent(ryukImage)
                && "false".equalsIgnoreCase(user.getProperty("ryuk.container.privileged", "true").strip());
        boolean hostLocal = !hostSet && !tinyImage.isEmpty() && docker.imagePresent(tinyImage);
        if ((ryukOff || ryukLocal) && (hostSet || hostLocal)) {
            return Check.pass("Testcontainers settings", "air-gap world: "
                    + (ryukOff ? "Ryuk off (environment)" : "Ryuk stand-in " + ryukImage + " (" + userFile + ")") + ", "
                    + (hostSet ? "host override " + environment.get("TESTCONTAINERS_HOST_OVERRIDE") + " (environment)"
                            : "host found with local " + tinyImage + " (" + userFile + ")"));
        }
        return Check.fail("Testcontainers settings",
                "air-gap world, but Testcontainers would pull images that no registry serves here: "
                        + (ryukOff || ryukLocal ? "" : "Ryuk (neither TESTCONTAINERS_RYUK_DISABLED=true nor a local ryuk.container.image in " + userFile + ") ")
                        + (hostSet || hostLocal ? "" : "the host lookup (neither TESTCONTAINERS_HOST_OVERRIDE nor a local tinyimage.container.image in " + userFile + ")"),
                "run compose/bootstrap (it writes " + userFile + " for runs from the IDE; mvn verify -Pstaging sets the environment itself)");
    }

    private Properties testcontainersUserFile() {
        Properties properties = new Properties();
        if (Files.isRegularFile(userFile)) {
            try (var in = Files.newInputStream(userFile)) {
                properties.load(in);
            } catch (IOException unreadable) {
                // read as empty: the check then says what is missing and that compose/bootstrap writes it
            }
        }
        return properties;
    }

    /** The Postman collection runs with Newman on Node.js (both on the host, installed by compose/bootstrap). */
    public Check postmanRunner(Newman newman) {
        String name = "Postman collection runner (Node.js, Newman)";
        if (!config.postman().enabled()) return Check.pass(name, "not needed: staging.postman.enabled=false");
        Newman.Installation found = newman.probe();
        return found.present() ? Check.pass(name, found.found()) : Check.fail(name, found.found(), found.fix());
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

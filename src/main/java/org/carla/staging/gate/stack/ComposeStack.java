package org.carla.staging.gate.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.carla.staging.gate.compose.ComposeProject;
import org.carla.staging.gate.compose.World;
import org.carla.staging.gate.config.Endpoints;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.docker.DockerCli;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stack from compose/, from the moment {@link ComposeLauncher} asks compose to start it. Images are
 * built by compose/bootstrap beforehand, so nothing is pulled or built here. Closing it writes every
 * service's log under target/ and removes containers, networks and volumes; a JVM shutdown hook,
 * registered as soon as the stack exists, does the same when the run is interrupted (Ctrl-C, SIGTERM).
 */
public final class ComposeStack implements StagingStack, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ComposeStack.class);
    private static final Path LOG_DIR = Path.of("target", "staging-logs");

    private final GateConfig config;
    private final ComposeProject project;
    private final StackContainers containers;
    private final Thread shutdownHook = new Thread(this::close, "staging-stack-cleanup");
    private final LogFollowers logs = new LogFollowers();
    private volatile List<ServiceState> readyStates = List.of();
    private boolean closed;

    ComposeStack(GateConfig config, ComposeProject project, DockerCli docker) {
        this.config = config;
        this.project = project;
        this.containers = new StackContainers(docker, project.name());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** From now on every container's whole log goes to its file (see {@link LogFollowers}). */
    void followLogs() {
        logs.start(containers, LOG_DIR);
    }

    void ready(List<ServiceState> states) {
        this.readyStates = List.copyOf(states);
    }

    StackContainers stackContainers() {
        return containers;
    }

    /** How the stack was when it became ready: start times, health, images. */
    public List<ServiceState> readyStates() {
        return readyStates;
    }

    public ComposeProject project() {
        return project;
    }

    @Override
    public GateConfig config() {
        return config;
    }

    @Override
    public Endpoints endpoints() {
        return config.endpoints();
    }

    @Override
    public World world() {
        return project.world();
    }

    @Override
    public Optional<StackContainers> containers() {
        return Optional.of(containers);
    }

    @Override
    public Optional<String> leftOut(String service) {
        if (services().contains(service)) return Optional.empty();
        return Optional.of(service + " is not started in the " + world().name().toLowerCase() + " world: "
                + (world() == World.AIRGAP
                ? "its image is packaged nowhere this machine can reach (no container registry). "
                  + "Run on a machine with a registry (staging.world=registry) to test it."
                : "the compose files do not declare it."));
    }

    @Override
    public List<String> services() {
        return project.services();
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        if (!logs.running()) ServiceLogs.writeAll(containers, LOG_DIR);
        var result = project.down();
        if (!result.ok()) LOG.warn("Removing stack {} failed: {}", project.name(), result.describe());
        logs.close();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running us: nothing to remove.
        }
        LOG.info("Stack {} removed (containers, networks, volumes)", project.name());
    }
}

package org.carla.staging.gate.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carla.staging.gate.config.Endpoints;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.docker.CommandRunner;
import org.carla.staging.gate.docker.DockerCli;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.ComposeContainer;

/**
 * The stack from compose/, started as one Testcontainers {@link ComposeContainer}. Images are built by
 * compose/bootstrap beforehand, so nothing is pulled or built here. Closing it writes every service's
 * log under target/ and removes containers, networks and volumes; a JVM shutdown hook does the same
 * when the run is interrupted (Ctrl-C, SIGTERM).
 */
public final class ComposeStack implements StagingStack, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ComposeStack.class);

    private final GateConfig config;
    private final World world;
    private final ComposeContainer compose;
    private final ComposeProject project;
    private final StackContainers containers;
    private final List<String> services;
    private final List<ServiceState> readyStates;
    private final Thread shutdownHook;
    private boolean closed;

    private ComposeStack(GateConfig config, World world, ComposeContainer compose, ComposeProject project,
                         List<String> services, List<ServiceState> readyStates, Thread shutdownHook) {
        this.config = config;
        this.world = world;
        this.compose = compose;
        this.project = project;
        this.containers = new StackContainers(new DockerCli(new CommandRunner(config.projectDir(), Map.of())), project.name());
        this.services = services;
        this.readyStates = readyStates;
        this.shutdownHook = shutdownHook;
    }

    public static ComposeStack start(GateConfig config, World world, ComposeLauncher launcher) {
        return launcher.launch(config, world, ComposeStack::new);
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
        return world;
    }

    @Override
    public Optional<StackContainers> containers() {
        return Optional.of(containers);
    }

    @Override
    public Optional<String> leftOut(String service) {
        if (services.contains(service)) return Optional.empty();
        return Optional.of(service + " is not started in the " + world.name().toLowerCase() + " world: "
                + (world == World.AIRGAP
                ? "its image is packaged nowhere this machine can reach (no container registry). "
                  + "Run on a machine with a registry (staging.world=registry) to test it."
                : "the compose files do not declare it."));
    }

    @Override
    public List<String> services() {
        return services;
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        ServiceLogs.writeAll(containers, Path.of("target", "staging-logs"));
        try {
            compose.stop();
        } catch (RuntimeException e) {
            LOG.warn("compose down via Testcontainers failed ({}); removing the project directly", e.getMessage());
        }
        var result = project.down();
        if (!result.ok()) LOG.warn("Safety-net down of {} failed: {}", project.name(), result.describe());
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running us: nothing to remove.
        }
        LOG.info("Stack {} removed (containers, networks, volumes)", project.name());
    }

    /** Builds the stack once compose is up and ready; lets {@link ComposeLauncher} own the start sequence. */
    @FunctionalInterface
    interface Assembler {
        ComposeStack assemble(GateConfig config, World world, ComposeContainer compose, ComposeProject project,
                              List<String> services, List<ServiceState> readyStates, Thread shutdownHook);
    }
}

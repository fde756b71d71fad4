package org.carla.staging.gate.stack;

import java.io.File;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.docker.DockerCli;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.ComposeContainer;

/**
 * The start sequence of the compose stack: clear what killed runs left, `compose up` through
 * Testcontainers, wait for every healthcheck, and on any failure leave nothing behind and say why.
 */
public final class ComposeLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(ComposeLauncher.class);
    private static final int LOG_TAIL = 25;

    private final DockerCli docker;

    public ComposeLauncher(DockerCli docker) {
        this.docker = docker;
    }

    public static String identifier(GateConfig config) {
        return config.projectName() + "-gate-";
    }

    ComposeStack launch(GateConfig config, World world, ComposeStack.Assembler assembler) {
        String identifier = identifier(config);
        StaleStackReaper reaper = new StaleStackReaper(docker, identifier);
        reaper.reap();
        ComposeProject plan = new ComposeProject(config, world, config.projectName());
        List<String> services = plan.services();
        List<File> files = plan.files().stream().map(java.nio.file.Path::toFile).toList();
        ComposeContainer compose = new ComposeContainer(identifier, files)
                .withEnv(config.composeEnvironment())
                .withPull(false)
                .withBuild(false)
                .withRemoveVolumes(true)
                .withStartupTimeout(config.timeouts().stackStartup());
        AtomicReference<ComposeStack> started = new AtomicReference<>();
        Thread hook = new Thread(() -> {
            ComposeStack stack = started.get();
            if (stack != null) stack.close(); else reaper.reap();
        }, "staging-stack-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        LOG.info("Starting the staging stack ({} world): {} services {}", world.name().toLowerCase(), services.size(), services);
        ComposeProject project = null;
        try {
            try {
                compose.start();
            } finally {
                project = new ComposeProject(config, world, reaper.staleProjects().stream().findFirst().orElse(identifier));
            }
            StackContainers containers = new StackContainers(docker, project.name());
            List<ServiceState> ready = new StackReadiness(containers, services)
                    .await(config.timeouts().stackStartup(), config.timeouts().poll());
            ComposeStack stack = assembler.assemble(config, world, compose, project, services, ready, hook);
            started.set(stack);
            LOG.info("Stack {} ready: {}", project.name(), services);
            return stack;
        } catch (RuntimeException e) {
            String diagnosis = project == null ? "" : diagnose(project, e);
            cleanUp(compose, project, reaper, hook);
            throw new StackStartException("The staging stack did not start (" + world.name().toLowerCase() + " world, files "
                    + plan.files() + "): " + firstLine(e) + diagnosis
                    + "\nWhat to do: run compose/bootstrap (it builds the images), check the service logs above, "
                    + "or bring the stack up by hand with `docker compose -f ... up` to see the same error.", e);
        }
    }

    private String diagnose(ComposeProject project, RuntimeException e) {
        try {
            StackContainers containers = new StackContainers(docker, project.name());
            List<ServiceState> states = e instanceof StackReadiness.NotReadyException notReady ? notReady.states() : containers.states();
            return ServiceLogs.diagnose(containers, states, LOG_TAIL);
        } catch (RuntimeException unavailable) {
            return "\n(no container details: " + unavailable.getMessage() + ")";
        }
    }

    private static void cleanUp(ComposeContainer compose, ComposeProject project, StaleStackReaper reaper, Thread hook) {
        try {
            compose.stop();
        } catch (RuntimeException ignored) {
            // The safety net below removes what stop() could not.
        }
        if (project != null) project.down();
        reaper.reap();
        Runtime.getRuntime().removeShutdownHook(hook);
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) root = root.getCause();
        String message = String.valueOf(root.getMessage());
        return message.length() > 2000 ? message.substring(0, 2000) + "…" : message;
    }
}

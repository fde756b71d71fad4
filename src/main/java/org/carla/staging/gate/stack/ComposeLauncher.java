package org.carla.staging.gate.stack;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.carla.staging.gate.compose.ComposeProject;
import org.carla.staging.gate.compose.StaleStackReaper;
import org.carla.staging.gate.compose.World;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.docker.DockerCli;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.utility.ResourceReaper;

/**
 * The start sequence of the compose stack: clear what killed runs left, `compose up` through
 * Testcontainers under the project name the gate chose, wait for every healthcheck, and on any failure
 * leave nothing behind and say why.
 */
public final class ComposeLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(ComposeLauncher.class);
    private static final int LOG_TAIL = 25;
    private static final String PROJECT_LABEL = "com.docker.compose.project";

    private final DockerCli docker;

    public ComposeLauncher(DockerCli docker) {
        this.docker = docker;
    }

    public ComposeStack launch(GateConfig config, ComposeProject project) {
        new StaleStackReaper(docker, config.projectName()).reap();
        List<String> services = project.services();
        List<File> files = project.files().stream().map(java.nio.file.Path::toFile).toList();
        // Testcontainers would name the project itself; the gate's name on the command line wins.
        ComposeContainer compose = new ComposeContainer(project.name(), files)
                .withOptions("--project-name=" + project.name())
                .withEnv(config.composeEnvironment())
                .withPull(false)
                .withBuild(false)
                .withRemoveVolumes(true)
                .withStartupTimeout(config.timeouts().stackStartup());
        if (project.world() == World.REGISTRY) {
            // Ryuk removes the stack even if this JVM is killed outright (where it runs: the registry world).
            ResourceReaper.instance().registerLabelsFilterForCleanup(Map.of(PROJECT_LABEL, project.name()));
        }
        ComposeStack stack = new ComposeStack(config, project, docker);
        LOG.info("Starting the staging stack {} ({} world): {} services {}", project.name(),
                project.world().name().toLowerCase(), services.size(), services);
        try {
            compose.start();
            stack.followLogs();
            stack.ready(new StackReadiness(stack.stackContainers(), services, config.readinessProbes(), new HttpReadinessProbe())
                    .await(config.timeouts().stackStartup(), config.timeouts().poll()));
            LOG.info("Stack {} ready: {}", project.name(), services);
            return stack;
        } catch (RuntimeException e) {
            String diagnosis = diagnose(stack.stackContainers(), e);
            stack.close();
            throw new StackStartException("The staging stack did not start (" + project.world().name().toLowerCase() + " world, files "
                    + project.files() + "): " + firstLine(e) + diagnosis
                    + "\nWhat to do: run compose/bootstrap (it builds the images), check the service logs above, "
                    + "or bring the stack up by hand with `docker compose -f ... up` to see the same error.", e);
        }
    }

    private static String diagnose(StackContainers containers, RuntimeException e) {
        try {
            List<ServiceState> states = e instanceof StackReadiness.NotReadyException notReady ? notReady.states() : containers.states();
            return ServiceLogs.diagnose(containers, states, LOG_TAIL);
        } catch (RuntimeException unavailable) {
            return "\n(no container details: " + unavailable.getMessage() + ")";
        }
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) root = root.getCause();
        String message = String.valueOf(root.getMessage());
        return message.length() > 2000 ? message.substring(0, 2000) + "…" : message;
    }
}

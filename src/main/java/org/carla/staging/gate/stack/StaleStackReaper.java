package org.carla.staging.gate.stack;

import java.util.List;
import java.util.regex.Pattern;
import org.carla.staging.gate.docker.CommandResult;
import org.carla.staging.gate.docker.DockerCli;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes stacks an earlier run left behind when it was killed outright (SIGKILL: no hook runs). Only
 * projects named like the gate's own runs are touched, never a stack a person started by hand.
 */
public final class StaleStackReaper {
    private static final Logger LOG = LoggerFactory.getLogger(StaleStackReaper.class);
    private final DockerCli docker;
    private final Pattern gateProjects;

    public StaleStackReaper(DockerCli docker, String identifier) {
        this.docker = docker;
        this.gateProjects = Pattern.compile(Pattern.quote(identifier) + "[a-z0-9]{6}");
    }

    public List<String> staleProjects() {
        CommandResult result = docker.docker("ps", "-a", "--format", "{{.Label \"com.docker.compose.project\"}}");
        if (!result.ok()) return List.of();
        return result.stdout().lines().map(String::strip).filter(p -> gateProjects.matcher(p).matches()).distinct().toList();
    }

    public void reap() {
        for (String project : staleProjects()) {
            LOG.warn("Removing stack {} left behind by an earlier, killed run", project);
            docker.docker(java.time.Duration.ofMinutes(2), "compose", "-p", project, "down", "--volumes", "--remove-orphans", "--timeout", "5");
        }
    }
}

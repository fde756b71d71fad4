package org.carla.staging.gate.compose;

import java.time.Duration;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;
import org.carla.staging.gate.docker.CommandResult;
import org.carla.staging.gate.docker.DockerCli;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes stacks an earlier run left behind when it was killed outright (SIGKILL: no hook runs). Only
 * projects named like the gate's own runs are touched, never a stack a person started by hand, never the
 * stack of a run whose process is still alive (two gate runs may share a machine on other ports), and never
 * one made on another host (a container sharing the engine's socket), whose process this host cannot see.
 */
public final class StaleStackReaper {
    private static final Logger LOG = LoggerFactory.getLogger(StaleStackReaper.class);
    private final DockerCli docker;
    private final String projectName;
    private final Pattern gateProjects;
    private final LongPredicate alive;

    public StaleStackReaper(DockerCli docker, String projectName) {
        this(docker, projectName, pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    StaleStackReaper(DockerCli docker, String projectName, LongPredicate alive) {
        this.docker = docker;
        this.projectName = projectName;
        this.gateProjects = ProjectName.pattern(projectName);
        this.alive = alive;
    }

    /** Gate-run projects in the engine whose owning process is gone (or unknown, for older names). */
    public List<String> staleProjects() {
        CommandResult result = docker.docker("ps", "-a", "--format", "{{.Label \"com.docker.compose.project\"}}");
        if (!result.ok()) return List.of();
        return staleAmong(result.stdout().lines().toList());
    }

    /** Of the projects the engine lists, those of gate runs whose owner is not alive. */
    List<String> staleAmong(List<String> projects) {
        return projects.stream().map(String::strip).filter(p -> gateProjects.matcher(p).matches()).distinct()
                .filter(p -> !new ProjectName(p).ownerMayBeAlive(projectName, alive))
                .toList();
    }

    /** Removes every stale project; returns their names (for the report). */
    public List<String> reap() {
        List<String> stale = staleProjects();
        for (String project : stale) {
            LOG.warn("Removing stack {} left behind by an earlier, killed run", project);
            docker.docker(Duration.ofMinutes(2), "compose", "-p", project, "down", "--volumes", "--remove-orphans", "--timeout", "5");
        }
        return stale;
    }
}

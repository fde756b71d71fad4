package org.carla.staging.proof;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carla.staging.gate.compose.ProjectName;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.docker.CommandRunner;
import org.carla.staging.gate.docker.DockerCli;

/**
 * Containers, networks and volumes of the gate-run compose projects of one process (the gate names its
 * projects with the owner's pid), so that other gate runs on the machine never count as leftovers.
 */
final class Leftovers {
    private static final String PROJECT = GateConfig.read().projectName();
    private static final DockerCli DOCKER = new DockerCli(new CommandRunner(Path.of("."), Map.of()));

    private Leftovers() {
    }

    /** What this JVM's gate runs left. */
    static List<String> find() {
        return of(ProcessHandle.current().pid());
    }

    /** What the gate runs of process {@code pid} left. */
    static List<String> of(long pid) {
        String mine = ProjectName.ownerPrefix(PROJECT, pid);
        List<String> found = new ArrayList<>();
        var containers = DOCKER.docker("ps", "-a", "--format", "{{.Names}} {{.Label \"com.docker.compose.project\"}}");
        containers.stdout().lines().filter(l -> l.contains(mine)).forEach(l -> found.add("container " + l));
        var networks = DOCKER.docker("network", "ls", "--format", "{{.Name}} {{.Label \"com.docker.compose.project\"}}");
        networks.stdout().lines().filter(l -> l.contains(mine)).forEach(l -> found.add("network " + l));
        var volumes = DOCKER.docker("volume", "ls", "--format", "{{.Name}} {{.Label \"com.docker.compose.project\"}}");
        volumes.stdout().lines().filter(l -> l.contains(mine)).forEach(l -> found.add("volume " + l));
        return found;
    }
}

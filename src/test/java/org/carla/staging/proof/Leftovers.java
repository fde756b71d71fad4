package org.carla.staging.proof;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carla.staging.gate.compose.ProjectName;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.docker.CommandRunner;
import org.carla.staging.gate.docker.DockerCli;

/** Containers, networks and volumes of any gate-run compose project still in the engine. */
final class Leftovers {
    private static final String PREFIX = ProjectName.prefix(GateConfig.read().projectName());
    private static final DockerCli DOCKER = new DockerCli(new CommandRunner(Path.of("."), Map.of()));

    private Leftovers() {
    }

    static List<String> find() {
        List<String> found = new ArrayList<>();
        var containers = DOCKER.docker("ps", "-a", "--format", "{{.Names}} {{.Label \"com.docker.compose.project\"}}");
        containers.stdout().lines().filter(l -> l.contains(PREFIX)).forEach(l -> found.add("container " + l));
        var networks = DOCKER.docker("network", "ls", "--format", "{{.Name}} {{.Label \"com.docker.compose.project\"}}");
        networks.stdout().lines().filter(l -> l.contains(PREFIX)).forEach(l -> found.add("network " + l));
        var volumes = DOCKER.docker("volume", "ls", "--format", "{{.Name}} {{.Label \"com.docker.compose.project\"}}");
        volumes.stdout().lines().filter(l -> l.contains(PREFIX)).forEach(l -> found.add("volume " + l));
        return found;
    }

    static boolean stackRunning() {
        return DOCKER.docker("ps", "--format", "{{.Label \"com.docker.compose.project\"}} {{.Status}}").stdout().lines()
                .anyMatch(l -> l.startsWith(PREFIX) && l.contains("(healthy)"));
    }
}

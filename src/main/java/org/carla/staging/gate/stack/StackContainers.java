package org.carla.staging.gate.stack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carla.staging.gate.docker.CommandResult;
import org.carla.staging.gate.docker.DockerCli;

/** The running containers of one compose project, looked up fresh on every call (state changes). */
public final class StackContainers {
    private final DockerCli docker;
    private final String project;

    public StackContainers(DockerCli docker, String project) {
        this.docker = docker;
        this.project = project;
    }

    public String project() {
        return project;
    }

    public DockerCli docker() {
        return docker;
    }

    public List<ServiceState> states() {
        return docker.containerIds(project).stream().map(docker::inspect).map(ServiceState::of).toList();
    }

    public Map<String, ServiceState> byService() {
        return states().stream().collect(Collectors.toMap(ServiceState::service, Function.identity(), (a, b) -> a,
                java.util.TreeMap::new));
    }

    public ServiceState state(String service) {
        ServiceState state = byService().get(service);
        if (state == null) throw new IllegalStateException("no container for service '" + service + "' in project " + project);
        return state;
    }

    public CommandResult exec(String service, Duration timeout, String... command) {
        return docker.exec(state(service).containerId(), timeout, command);
    }

}

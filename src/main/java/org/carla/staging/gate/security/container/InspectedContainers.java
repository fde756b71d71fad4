package org.carla.staging.gate.security.container;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads {@link ContainerFacts} out of a `docker inspect` document, the one bridge from Docker to the rules. */
public final class InspectedContainers {
    private InspectedContainers() {
    }

    public static ContainerFacts facts(JsonNode inspect) {
        JsonNode host = inspect.path("HostConfig");
        JsonNode config = inspect.path("Config");
        List<ContainerFacts.Mount> mounts = new ArrayList<>();
        inspect.path("Mounts").forEach(m -> mounts.add(new ContainerFacts.Mount(m.path("Source").asText(),
                m.path("Destination").asText(), m.path("Type").asText(), m.path("RW").asBoolean(true))));
        List<ContainerFacts.PortBinding> ports = new ArrayList<>();
        inspect.path("NetworkSettings").path("Ports").fields().forEachRemaining(port -> port.getValue().forEach(b ->
                ports.add(new ContainerFacts.PortBinding(b.path("HostIp").asText(), b.path("HostPort").asInt(), port.getKey()))));
        List<String> networks = new ArrayList<>();
        inspect.path("NetworkSettings").path("Networks").fieldNames().forEachRemaining(networks::add);
        return new ContainerFacts(name(inspect), config.path("Image").asText(),
                config.path("User").asText(""), host.path("Privileged").asBoolean(false),
                texts(host.path("CapAdd")), texts(host.path("CapDrop")), mounts, texts(config.path("Env")), networks, ports,
                texts(host.path("SecurityOpt")), host.path("ReadonlyRootfs").asBoolean(false),
                host.path("PidMode").asText(""), host.path("NetworkMode").asText(""), host.path("IpcMode").asText(""));
    }

    /**
     * The name findings are scoped by (policy lines {@code RULE@name}): the compose service where there is one,
     * since container names carry the run's project name; else the container name without its slash.
     */
    static String name(JsonNode inspect) {
        String service = inspect.path("Config").path("Labels").path("com.docker.compose.service").asText("");
        if (!service.isEmpty()) return service;
        String name = inspect.path("Name").asText();
        return name.startsWith("/") ? name.substring(1) : name;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}

package org.carla.staging.gate.security.container;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A container's security-relevant configuration, as {@code docker inspect} reports it (independent of
 * any Docker client). {@code user} is the effective user: the container's Config.User, or the image's
 * when the container sets none; empty means root.
 */
public record ContainerFacts(String name, String image, String user, boolean privileged, List<String> capAdd,
                             List<String> capDrop, List<Mount> mounts, List<String> env, List<String> networks,
                             List<PortBinding> ports, List<String> securityOpt, boolean readonlyRootfs,
                             String pidMode, String networkMode, String ipcMode) {

    public record Mount(String source, String destination, String type, boolean rw) {
        public Mount {
            source = source == null ? "" : source;
            destination = destination == null ? "" : destination;
            type = type == null ? "bind" : type;
        }
    }

    /** A published port: host ip as docker reports it ("" or 0.0.0.0 or :: mean every interface). */
    public record PortBinding(String hostIp, int hostPort, String containerPort) {
        public PortBinding {
            hostIp = hostIp == null ? "" : hostIp;
        }
    }

    public ContainerFacts {
        name = name == null ? "" : name.startsWith("/") ? name.substring(1) : name;
        image = image == null ? "" : image;
        user = user == null ? "" : user.strip();
        capAdd = copy(capAdd);
        capDrop = copy(capDrop);
        mounts = copy(mounts);
        env = copy(env);
        networks = copy(networks);
        ports = copy(ports);
        securityOpt = copy(securityOpt);
        pidMode = pidMode == null ? "" : pidMode;
        networkMode = networkMode == null ? "" : networkMode;
        ipcMode = ipcMode == null ? "" : ipcMode;
    }

    /** A container with only a name and an image, to be refined with the wither methods (tests, callers). */
    public static ContainerFacts of(String name, String image) {
        return new ContainerFacts(name, image, "", false, null, null, null, null, null, null, null, false, "", "", "");
    }

    public ContainerFacts withUser(String u) {
        return new ContainerFacts(name, image, u, privileged, capAdd, capDrop, mounts, env, networks, ports, securityOpt,
                readonlyRootfs, pidMode, networkMode, ipcMode);
    }

    public ContainerFacts withEnv(List<String> e) {
        return new ContainerFacts(name, image, user, privileged, capAdd, capDrop, mounts, e, networks, ports, securityOpt,
                readonlyRootfs, pidMode, networkMode, ipcMode);
    }

    /** The environment as a map; a variable set twice keeps its last value, as Docker does. */
    public Map<String, String> envMap() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String entry : env) {
            int eq = entry.indexOf('=');
            out.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? "" : entry.substring(eq + 1));
        }
        return out;
    }

    public Optional<String> envValue(String key) {
        return Optional.ofNullable(envMap().get(key));
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}

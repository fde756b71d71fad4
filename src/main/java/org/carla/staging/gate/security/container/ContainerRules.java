package org.carla.staging.gate.security.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.carla.staging.gate.security.Evidence;

/** CIS Docker Benchmark (section 5) checks of how a container runs. */
public final class ContainerRules {
    static final Set<String> DANGEROUS_CAPS = Set.of("ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE",
            "DAC_READ_SEARCH", "SYS_RAWIO", "SYS_BOOT", "BPF", "PERFMON", "MAC_ADMIN", "MAC_OVERRIDE", "SYS_TIME");
    private static final Set<String> SYSTEM_DIRS = Set.of("/", "/etc", "/proc", "/sys", "/root", "/var/lib/docker",
            "/boot", "/dev", "/usr", "/lib", "/bin", "/sbin", "/var/run", "/run");
    private static final Pattern HOME = Pattern.compile("/home(?:/[^/]+)?");
    private static final Pattern SOCKET = Pattern.compile(".*/(?:docker|podman|containerd)\\.sock|/(?:var/)?run");
    private static final Pattern NO_NEW_PRIVILEGES = Pattern.compile("no-new-privileges(?:[:=]true)?");
    private static final Pattern UNCONFINED = Pattern.compile(
            "(?:seccomp|apparmor|systempaths)[:=]unconfined|label[:=]disable");

    private ContainerRules() {
    }

    public static List<ContainerRule> all(ContainerRuleConfig config) {
        return List.of(
                new ContainerCheck("CTR-ROOT", "Container runs as root",
                        "Set a non-root USER in the image or 'user:' in compose (CIS 4.1).",
                        c -> Evidence.when(isRoot(c.user()), c.user().isEmpty() ? "no user set: runs as root"
                                : "user '" + c.user() + "' is root")),
                new ContainerCheck("CTR-PRIVILEGED", "Privileged container",
                        "Remove 'privileged: true'; add only the capability needed (CIS 5.4).",
                        c -> Evidence.when(c.privileged(), "privileged: true")),
                new ContainerCheck("CTR-CAP-ADD", "Capabilities added",
                        "Drop cap_add, or keep only what the process needs, with cap_drop: [ALL] (CIS 5.3).",
                        c -> caps(c, false)),
                new ContainerCheck("CTR-CAP-DANGEROUS", "Powerful capability added",
                        "Remove SYS_ADMIN/NET_ADMIN/SYS_PTRACE-class capabilities: they are near-root on the host.",
                        c -> caps(c, true)),
                new ContainerCheck("CTR-DOCKER-SOCKET", "Docker socket mounted",
                        "Never mount the Docker socket (even read-only it grants root on the host) (CIS 5.31).",
                        c -> c.mounts().stream().filter(m -> isBind(m) && SOCKET.matcher(normal(m.source())).matches())
                                .map(ContainerRules::describe).toList()),
                new ContainerCheck("CTR-HOST-MOUNT-RW", "Sensitive host directory mounted writable",
                        "Do not bind-mount system directories; if unavoidable, mount read-only (CIS 5.5).",
                        c -> c.mounts().stream().filter(m -> isBind(m) && m.rw() && sensitive(normal(m.source()), true))
                                .map(ContainerRules::describe).toList()),
                new ContainerCheck("CTR-HOST-MOUNT", "Sensitive host directory mounted read-only",
                        "Mount only the files the service needs, not whole system directories (CIS 5.5).",
                        c -> c.mounts().stream().filter(m -> isBind(m) && !m.rw() && sensitive(normal(m.source()), false))
                                .map(ContainerRules::describe).toList()),
                new ContainerCheck("CTR-HOST-NAMESPACE", "Host namespace shared",
                        "Remove network_mode/pid/ipc: host (CIS 5.9, 5.15, 5.16).",
                        ContainerRules::hostNamespaces),
                new ContainerCheck("CTR-PORT-PUBLIC", "Port published on every interface",
                        "Publish on loopback ('127.0.0.1:8001:8000') or an allowed address (CIS 5.13).",
                        c -> c.ports().stream().filter(p -> !config.allowedHostIps().contains(p.hostIp()))
                                .map(p -> (p.hostIp().isEmpty() ? "0.0.0.0" : p.hostIp()) + ":" + p.hostPort() + " -> "
                                        + p.containerPort()).toList()),
                new ContainerCheck("CTR-NO-NEW-PRIVS", "no-new-privileges not set",
                        "Add 'security_opt: [no-new-privileges:true]' (CIS 5.25).",
                        c -> Evidence.when(c.securityOpt().stream().noneMatch(o -> NO_NEW_PRIVILEGES.matcher(o).matches()),
                                "security_opt lacks no-new-privileges")),
                new ContainerCheck("CTR-UNCONFINED", "Seccomp/AppArmor/SELinux confinement disabled",
                        "Remove seccomp:unconfined / apparmor:unconfined / label:disable (CIS 5.1, 5.2, 5.21).",
                        c -> c.securityOpt().stream().filter(o -> UNCONFINED.matcher(o).matches()).toList()),
                new ContainerCheck("CTR-READONLY-ROOTFS", "Root filesystem writable",
                        "Set 'read_only: true' with tmpfs for the paths the service writes (CIS 5.12).",
                        c -> Evidence.when(!c.readonlyRootfs(), "root filesystem writable")));
    }

    static boolean isRoot(String user) {
        String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
        return name.isEmpty() || name.equals("0") || name.equals("root");
    }

    private static List<String> caps(ContainerFacts c, boolean dangerous) {
        List<String> out = new ArrayList<>();
        for (String cap : c.capAdd()) {
            String name = cap.strip().toUpperCase(Locale.ROOT).replaceFirst("^CAP_", "");
            if (DANGEROUS_CAPS.contains(name) == dangerous) out.add("cap_add " + name);
        }
        return out;
    }

    private static List<String> hostNamespaces(ContainerFacts c) {
        List<String> out = new ArrayList<>();
        if (c.networkMode().equals("host")) out.add("network_mode: host");
        if (c.pidMode().equals("host")) out.add("pid: host");
        if (c.ipcMode().equals("host")) out.add("ipc: host");
        return out;
    }

    private static boolean isBind(ContainerFacts.Mount m) {
        return m.type().equalsIgnoreCase("bind");
    }

    static String normal(String path) {
        String p = path.replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** System directories and home directories themselves; anything below a system directory when writable. */
    static boolean sensitive(String source, boolean rw) {
        if (SYSTEM_DIRS.contains(source) || HOME.matcher(source).matches()) return true;
        if (source.startsWith("/root/") || source.startsWith("/var/lib/docker/")) return true;
        return rw && SYSTEM_DIRS.stream().filter(d -> !d.equals("/")).anyMatch(d -> source.startsWith(d + "/"));
    }

    private static String describe(ContainerFacts.Mount m) {
        return m.source() + " -> " + m.destination() + (m.rw() ? " (rw)" : " (ro)");
    }
}

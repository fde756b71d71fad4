package org.carla.staging.gate.security.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.carla.staging.gate.security.Finding;
import org.carla.staging.gate.security.container.ContainerFacts.Mount;
import org.carla.staging.gate.security.container.ContainerFacts.PortBinding;
import org.junit.jupiter.api.Test;

class ContainerRulesTest {
    private static final List<ContainerRule> RULES = ContainerRules.all(ContainerRuleConfig.defaults());

    /** A container that passes every rule. */
    private static ContainerFacts hardened() {
        return facts("1000:1000", false, List.of(), List.of(), List.of(new PortBinding("127.0.0.1", 8001, "8000/tcp")),
                List.of("no-new-privileges:true"), "", "bridge", "private");
    }

    private static ContainerFacts facts(String user, boolean privileged, List<String> capAdd, List<Mount> mounts,
                                        List<PortBinding> ports, List<String> securityOpt, String pid, String net, String ipc) {
        return new ContainerFacts("/backend", "carla/backend:staging", user, privileged, capAdd, List.of("ALL"), mounts,
                List.of(), List.of("staging"), ports, securityOpt, true, pid, net, ipc);
    }

    private static List<Finding> run(String id, ContainerFacts c) {
        return RULES.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().inspect(c);
    }

    private static ContainerFacts mounting(Mount... mounts) {
        ContainerFacts h = hardened();
        return facts(h.user(), false, List.of(), List.of(mounts), h.ports(), h.securityOpt(), "", "bridge", "");
    }

    @Test
    void hardenedContainerPassesEveryRule() {
        assertThat(RULES.stream().flatMap(r -> r.inspect(hardened()).stream())).isEmpty();
    }

    @Test
    void rootIsFound() {
        assertThat(run("CTR-ROOT", hardened().withUser(""))).singleElement()
                .satisfies(f -> assertThat(f.url()).isEqualTo("backend"));
        assertThat(run("CTR-ROOT", hardened().withUser("root"))).hasSize(1);
        assertThat(run("CTR-ROOT", hardened().withUser("0:0"))).hasSize(1);
        assertThat(run("CTR-ROOT", hardened().withUser("postgres"))).isEmpty();
    }

    @Test
    void privilegedIsFound() {
        assertThat(run("CTR-PRIVILEGED", facts("1", true, List.of(), List.of(), List.of(), List.of(), "", "", ""))).hasSize(1);
        assertThat(run("CTR-PRIVILEGED", hardened())).isEmpty();
    }

    @Test
    void capabilitiesSplitIntoOrdinaryAndDangerous() {
        ContainerFacts c = facts("1", false, List.of("CAP_NET_BIND_SERVICE", "sys_admin"), List.of(), List.of(), List.of(), "", "", "");
        assertThat(run("CTR-CAP-ADD", c)).extracting(Finding::evidence).containsExactly("cap_add NET_BIND_SERVICE");
        assertThat(run("CTR-CAP-DANGEROUS", c)).extracting(Finding::evidence).containsExactly("cap_add SYS_ADMIN");
        assertThat(run("CTR-CAP-DANGEROUS", hardened())).isEmpty();
    }

    @Test
    void dockerSocketIsFoundEvenReadOnly() {
        assertThat(run("CTR-DOCKER-SOCKET", mounting(new Mount("/var/run/docker.sock", "/var/run/docker.sock", "bind", false))))
                .hasSize(1);
        assertThat(run("CTR-DOCKER-SOCKET", mounting(new Mount("/srv/app/sock", "/sock", "bind", true)))).isEmpty();
    }

    @Test
    void sensitiveWritableMountsAreFound() {
        assertThat(run("CTR-HOST-MOUNT-RW", mounting(new Mount("/etc/", "/host-etc", "bind", true),
                new Mount("/var/lib/docker/containers", "/c", "bind", true)))).hasSize(2);
        assertThat(run("CTR-HOST-MOUNT-RW", mounting(new Mount("/home/ci/project/logs", "/app/logs", "bind", true),
                new Mount("/var/lib/docker/volumes/pg/_data", "/var/lib/postgresql/data", "volume", true)))).isEmpty();
    }

    @Test
    void sensitiveReadOnlyMountsAreFoundSingleFilesAreNot() {
        assertThat(run("CTR-HOST-MOUNT", mounting(new Mount("/", "/host", "bind", false), new Mount("/home/ci", "/h", "bind", false))))
                .hasSize(2);
        assertThat(run("CTR-HOST-MOUNT", mounting(new Mount("/etc/localtime", "/etc/localtime", "bind", false),
                new Mount("/home/ci/project/compose/grafana", "/etc/grafana/provisioning", "bind", false)))).isEmpty();
    }

    @Test
    void hostNamespacesAreFound() {
        assertThat(run("CTR-HOST-NAMESPACE", facts("1", false, List.of(), List.of(), List.of(), List.of(), "host", "host", "host")))
                .extracting(Finding::evidence).containsExactly("network_mode: host", "pid: host", "ipc: host");
        assertThat(run("CTR-HOST-NAMESPACE", hardened())).isEmpty();
    }

    @Test
    void portsOnEveryInterfaceAreFound() {
        ContainerFacts c = facts("1", false, List.of(), List.of(),
                List.of(new PortBinding("0.0.0.0", 8001, "8000/tcp"), new PortBinding("::", 8001, "8000/tcp"),
                        new PortBinding("::1", 8002, "8000/tcp")), List.of(), "", "", "");
        assertThat(run("CTR-PORT-PUBLIC", c)).extracting(Finding::evidence)
                .containsExactly("0.0.0.0:8001 -> 8000/tcp", ":::8001 -> 8000/tcp");
        List<ContainerRule> open = ContainerRules.all(ContainerRuleConfig.defaults().withAllowedHostIps(java.util.Set.of("0.0.0.0", "::", "::1")));
        assertThat(open.stream().filter(r -> r.id().equals("CTR-PORT-PUBLIC")).findFirst().orElseThrow().inspect(c)).isEmpty();
    }

    @Test
    void noNewPrivilegesAndConfinement() {
        ContainerFacts c = facts("1", false, List.of(), List.of(), List.of(), List.of("seccomp=unconfined", "no-new-privileges:false"),
                "", "", "");
        assertThat(run("CTR-NO-NEW-PRIVS", c)).hasSize(1);
        assertThat(run("CTR-UNCONFINED", c)).extracting(Finding::evidence).containsExactly("seccomp=unconfined");
        assertThat(run("CTR-NO-NEW-PRIVS", hardened())).isEmpty();
        assertThat(run("CTR-UNCONFINED", hardened())).isEmpty();
    }

    @Test
    void writableRootFilesystem() {
        assertThat(run("CTR-READONLY-ROOTFS", ContainerFacts.of("x", "img"))).hasSize(1);
        assertThat(run("CTR-READONLY-ROOTFS", hardened())).isEmpty();
    }
}

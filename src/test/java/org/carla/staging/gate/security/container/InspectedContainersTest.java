package org.carla.staging.gate.security.container;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.carla.staging.gate.security.SecurityPolicy;
import org.carla.staging.gate.security.Verdict;
import org.junit.jupiter.api.Test;

class InspectedContainersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void findingsAreScopedByTheComposeServiceSoAPolicyLineCanNameOneContainer() throws Exception {
        var inspect = JSON.readTree("{\"Name\":\"/carla-staging-gate-p1-abcdef-cadvisor-1\",\"Config\":{\"User\":\"0:0\",\"Labels\":"
                + "{\"com.docker.compose.service\":\"cadvisor\"}},\"HostConfig\":{},\"Mounts\":[{\"Type\":\"bind\","
                + "\"Source\":\"/var/run/docker.sock\",\"Destination\":\"/var/run/docker.sock\",\"RW\":false}]}");
        ContainerFacts facts = InspectedContainers.facts(inspect);
        assertThat(facts.name()).isEqualTo("cadvisor");
        SecurityPolicy policy = SecurityPolicy.defaults().with("CTR-DOCKER-SOCKET@cadvisor=WARN\n", "test policy");
        var findings = new ContainerAudit(policy, ContainerRuleConfig.defaults()).audit(java.util.List.of(facts));
        assertThat(findings).filteredOn(f -> f.ruleId().equals("CTR-DOCKER-SOCKET")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Verdict.WARN));
    }

    @Test
    void aContainerOutsideComposeKeepsItsNameWithoutTheSlash() throws Exception {
        assertThat(InspectedContainers.name(JSON.readTree("{\"Name\":\"/standalone\",\"Config\":{}}"))).isEqualTo("standalone");
    }
}

package org.carla.staging.gate.security.passive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.carla.staging.gate.security.ContainerAudit;
import org.carla.staging.gate.security.Rule;
import org.carla.staging.gate.security.SecurityPolicy;
import org.junit.jupiter.api.Test;

class PassiveRulesTest {
    @Test
    void everyRuleHasAUniqueIdListedInTheDefaultPolicyAndBack() {
        List<String> ids = Stream.concat(PassiveRules.defaults().stream(), ContainerAudit.withDefaults().rules().stream())
                .map(Rule::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(SecurityPolicy.defaults().ruleIds()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void everyRuleHasATitleAndIdShape() {
        assertThat(PassiveRules.defaults()).allSatisfy(r -> {
            assertThat(r.id()).matches("[A-Z]+(-[A-Z0-9]+)+");
            assertThat(r.title()).isNotBlank();
        });
    }
}

package org.carla.staging.gate.security.passive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassiveRulesTest {
    @Test
    void everyRuleHasATitleAndIdShape() {
        assertThat(PassiveRules.defaults()).allSatisfy(r -> {
            assertThat(r.id()).matches("[A-Z]+(-[A-Z0-9]+)+");
            assertThat(r.title()).isNotBlank();
        });
    }
}

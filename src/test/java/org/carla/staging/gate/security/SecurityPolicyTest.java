package org.carla.staging.gate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.carla.staging.gate.security.container.ContainerAudit;
import org.carla.staging.gate.security.passive.PassiveRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityPolicyTest {
    private final SecurityPolicy defaults = SecurityPolicy.defaults();

    @Test
    void defaultsRateTheBriefedRules() {
        assertThat(defaults.verdictFor("CRED-DEFAULT-DB")).isEqualTo(Verdict.WARN);
        assertThat(defaults.verdictFor("CRED-DEFAULT-GRAFANA")).isEqualTo(Verdict.FAIL);
        assertThat(defaults.verdictFor("HDR-XCTO")).isEqualTo(Verdict.FAIL);
        assertThat(defaults.verdictFor("SOME-CUSTOM-RULE")).as("unknown rules warn").isEqualTo(Verdict.WARN);
    }

    /** The defaults are the catalogue of every rule the engine has, passive and container. */
    @Test
    void everyRuleHasAUniqueIdListedInTheDefaultPolicyAndBack() {
        List<String> ids = Stream.concat(PassiveRules.defaults().stream(), ContainerAudit.withDefaults().rules().stream())
                .map(Rule::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(defaults.ruleIds()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void fileOverridesDefaultsAndLongestPrefixWins(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("policy.properties");
        Files.writeString(file, """
                # staging tweaks
                HDR-CSP = warn
                HDR-XCTO@/metrics=IGNORE
                HDR-XCTO@/metrics/fail=FAIL
                CTR-ROOT@postgres=IGNORE
                """);
        SecurityPolicy policy = SecurityPolicy.load(file);
        assertThat(policy.verdictFor("HDR-CSP")).isEqualTo(Verdict.WARN);
        assertThat(policy.verdictFor("HDR-XCTO", "/metrics")).isEqualTo(Verdict.IGNORE);
        assertThat(policy.verdictFor("HDR-XCTO", "/metrics/fail/x")).isEqualTo(Verdict.FAIL);
        assertThat(policy.verdictFor("HDR-XCTO", "/api")).isEqualTo(Verdict.FAIL);
        assertThat(policy.rate(new Finding("CTR-ROOT", null, null, "postgres", "", "")).severity()).isEqualTo(Verdict.IGNORE);
        assertThat(policy.rate(new Finding("HDR-XCTO", null, null, "http://h:1/metrics?x=1", "", "")).severity())
                .isEqualTo(Verdict.IGNORE);
        assertThat(policy.verdictFor("CRED-DEFAULT-GRAFANA")).as("untouched default").isEqualTo(Verdict.FAIL);
    }

    @Test
    void badValueNamesLineAndAllowedValues() {
        assertThatThrownBy(() -> defaults.with("\nHDR-XCTO=MAYBE\n", "p.properties"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("p.properties line 2").hasMessageContaining("MAYBE").hasMessageContaining("FAIL, WARN, IGNORE");
    }

    @Test
    void unknownIdSuggestsTheClosest() {
        assertThatThrownBy(() -> defaults.with("HDR-XTCO=FAIL", "p"))
                .hasMessageContaining("line 1").hasMessageContaining("unknown rule id 'HDR-XTCO'")
                .hasMessageContaining("did you mean HDR-XCTO?");
    }

    @Test
    void missingEqualsDuplicatesAndEmptyPrefixAreRejected() {
        assertThatThrownBy(() -> defaults.with("HDR-XCTO FAIL", "p")).hasMessageContaining("expected RULE-ID=FAIL|WARN|IGNORE");
        assertThatThrownBy(() -> defaults.with("HDR-XCTO=FAIL\nHDR-XCTO=WARN", "p"))
                .hasMessageContaining("line 2").hasMessageContaining("already set on line 1");
        assertThatThrownBy(() -> defaults.with("HDR-XCTO@=FAIL", "p")).hasMessageContaining("empty prefix");
        assertThatThrownBy(() -> defaults.with("hdr xcto=FAIL", "p")).hasMessageContaining("is not a rule id");
    }

    @Test
    void missingFileSaysSo(@TempDir Path dir) {
        assertThatThrownBy(() -> SecurityPolicy.load(dir.resolve("absent.properties")))
                .isInstanceOf(PolicyException.class).hasMessageContaining("absent.properties");
    }

    @Test
    void aLayerLineSoftensAFamilyOfRulesForAnswersFromThatLayerOnly() {
        SecurityPolicy policy = defaults.with("HDR-*@layer:backend=WARN\nHDR-HSTS=IGNORE\nHDR-CSP-UNSAFE@/docs=IGNORE", "p");
        assertThat(policy.verdictFor("HDR-XCTO", "/api/version", "backend")).isEqualTo(Verdict.WARN);
        assertThat(policy.verdictFor("HDR-XCTO", "/api/version", "frontend")).as("the edge keeps the rule's verdict").isEqualTo(Verdict.FAIL);
        assertThat(policy.verdictFor("HDR-HSTS", "/", "backend")).as("a family line never makes a rule stricter").isEqualTo(Verdict.IGNORE);
        assertThat(policy.verdictFor("HDR-CSP-UNSAFE", "/docs", "backend")).as("a path line wins over a layer line").isEqualTo(Verdict.IGNORE);
        assertThat(policy.verdictFor("LEAK-SERVER-VERSION", "/", "backend")).as("other families untouched").isEqualTo(Verdict.FAIL);
    }

    @Test
    void aFamilyLineMustNameKnownRulesAndAPlace() {
        assertThatThrownBy(() -> defaults.with("NOPE-*@layer:backend=WARN", "p")).hasMessageContaining("unknown rule id 'NOPE-*'");
        assertThatThrownBy(() -> defaults.with("HDR-*=WARN", "p")).hasMessageContaining("unknown rule id 'HDR-*'");
    }
}

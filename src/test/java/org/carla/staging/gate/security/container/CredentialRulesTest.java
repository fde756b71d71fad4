package org.carla.staging.gate.security.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.carla.staging.gate.security.Finding;
import org.carla.staging.gate.security.Verdict;
import org.junit.jupiter.api.Test;

class CredentialRulesTest {
    private static final List<ContainerRule> RULES = CredentialRules.all(ContainerRuleConfig.defaults());

    private static List<Finding> run(String id, ContainerFacts c) {
        return run(RULES, id, c);
    }

    private static List<Finding> run(List<ContainerRule> rules, String id, ContainerFacts c) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().inspect(c);
    }

    private static ContainerFacts env(String image, String... env) {
        return ContainerFacts.of("svc", image).withEnv(List.of(env));
    }

    @Test
    void secretsInEnvAreNamedNeverShown() {
        ContainerFacts c = env("carla/backend", "JWT_SECRET=topsecretvalue", "DATABASE_URL=postgresql://app:Str0ngPw@db/app",
                "API_TOKEN=abc", "GPG_KEY=E3FF", "POSTGRES_PASSWORD_FILE=/run/secrets/pg", "EMPTY_SECRET=", "LANG=C");
        assertThat(run("CTR-ENV-SECRET", c)).singleElement().satisfies(f -> assertThat(f.evidence())
                .isEqualTo("secret-like variables with values: API_TOKEN, DATABASE_URL (password in URL), JWT_SECRET")
                .doesNotContain("topsecret", "Str0ng", "abc"));
    }

    @Test
    void declaredOrFileSecretsAreFine() {
        List<ContainerRule> declared = CredentialRules.all(ContainerRuleConfig.defaults().withDeclaredSecrets(Set.of("JWT_SECRET")));
        assertThat(run(declared, "CTR-ENV-SECRET", env("x", "JWT_SECRET=v", "GF_SECURITY_ADMIN_PASSWORD__FILE=/run/s"))).isEmpty();
    }

    @Test
    void defaultDatabaseCredentialsAreFound() {
        assertThat(run("CRED-DEFAULT-DB", env("postgres:15", "POSTGRES_USER=postgres", "POSTGRES_PASSWORD=postgres")))
                .singleElement().satisfies(f -> assertThat(f.evidence()).isEqualTo("POSTGRES_PASSWORD is a well-known default"));
        assertThat(run("CRED-DEFAULT-DB", env("carla/backend", "DATABASE_URL=postgresql://postgres:postgres@database:5432/carla")))
                .singleElement().satisfies(f -> assertThat(f.evidence()).contains("DATABASE_URL").doesNotContain("postgres:postgres"));
        assertThat(run("CRED-DEFAULT-DB", env("postgres:15", "POSTGRES_USER=carla", "POSTGRES_PASSWORD=carla"))).hasSize(1);
        assertThat(run("CRED-DEFAULT-DB", env("postgres:15", "POSTGRES_HOST_AUTH_METHOD=trust"))).hasSize(1);
    }

    @Test
    void generatedDatabasePasswordIsFine() {
        assertThat(run("CRED-DEFAULT-DB", env("postgres:15", "POSTGRES_PASSWORD=x9Vq-3LmR",
                "DATABASE_URL=postgresql://carla:x9Vq-3LmR@database/carla"))).isEmpty();
    }

    @Test
    void grafanaDefaultAdminIsFound() {
        assertThat(run("CRED-DEFAULT-GRAFANA", env("grafana/grafana:11.2.0"))).singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("unset"));
        assertThat(run("CRED-DEFAULT-GRAFANA", env("grafana/grafana-oss", "GF_SECURITY_ADMIN_PASSWORD=admin"))).hasSize(1);
    }

    @Test
    void grafanaWithPasswordOrOtherImagesAreFine() {
        assertThat(run("CRED-DEFAULT-GRAFANA", env("grafana/grafana", "GF_SECURITY_ADMIN_PASSWORD=R4nd0m-Long"))).isEmpty();
        assertThat(run("CRED-DEFAULT-GRAFANA", env("grafana/loki:3.1.0"))).isEmpty();
        assertThat(run("CRED-DEFAULT-GRAFANA", env("prom/prometheus"))).isEmpty();
    }

    @Test
    void grafanaAnonymousAdminIsFound() {
        assertThat(run("CRED-GRAFANA-ANONYMOUS", env("grafana/grafana", "GF_AUTH_ANONYMOUS_ENABLED=true",
                "GF_AUTH_ANONYMOUS_ORG_ROLE=Admin"))).hasSize(1);
        assertThat(run("CRED-GRAFANA-ANONYMOUS", env("grafana/grafana", "GF_AUTH_ANONYMOUS_ENABLED=true",
                "GF_AUTH_ANONYMOUS_ORG_ROLE=Viewer"))).isEmpty();
    }

    @Test
    void auditRatesWithThePolicy() {
        ContainerAudit audit = ContainerAudit.withDefaults();
        List<Finding> findings = audit.audit(List.of(env("grafana/grafana"), env("postgres", "POSTGRES_PASSWORD=postgres")));
        assertThat(findings).filteredOn(f -> f.ruleId().equals("CRED-DEFAULT-GRAFANA")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Verdict.FAIL));
        assertThat(findings).filteredOn(f -> f.ruleId().equals("CRED-DEFAULT-DB")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Verdict.WARN));
        assertThat(findings).extracting(Finding::ruleId).doesNotContain("CTR-READONLY-ROOTFS");
        assertThat(audit.report(List.of(env("x"))).summary()).startsWith(audit.rules().size() + " rules × 1 containers:");
    }
}

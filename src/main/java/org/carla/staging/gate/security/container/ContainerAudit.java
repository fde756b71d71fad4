package org.carla.staging.gate.security.container;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.carla.staging.gate.security.Finding;
import org.carla.staging.gate.security.FindingsReport;
import org.carla.staging.gate.security.SecurityPolicy;
import org.carla.staging.gate.security.Verdict;

/** Runs every container rule on every container and rates the findings with the policy. */
public final class ContainerAudit {
    private final SecurityPolicy policy;
    private final List<ContainerRule> rules;

    public ContainerAudit(SecurityPolicy policy, ContainerRuleConfig config) {
        this.policy = policy;
        this.rules = Stream.concat(ContainerRules.all(config).stream(), CredentialRules.all(config).stream()).toList();
    }

    public static ContainerAudit withDefaults() {
        return new ContainerAudit(SecurityPolicy.defaults(), ContainerRuleConfig.defaults());
    }

    public List<ContainerRule> rules() {
        return rules;
    }

    /** FAIL and WARN findings of all containers; IGNOREd ones are dropped. */
    public List<Finding> audit(Collection<ContainerFacts> containers) {
        return containers.stream().flatMap(c -> rules.stream().flatMap(r -> r.inspect(c).stream()))
                .map(policy::rate).filter(f -> f.severity() != Verdict.IGNORE).toList();
    }

    public FindingsReport report(Collection<ContainerFacts> containers) {
        return new FindingsReport(audit(containers), rules.size(), containers.size(), "containers");
    }
}

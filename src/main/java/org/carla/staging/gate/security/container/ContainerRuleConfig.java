package org.carla.staging.gate.security.container;

import java.util.Set;

/**
 * What the container rules accept: host addresses ports may be published on, and environment
 * variable names declared as carrying secrets on purpose (not reported by CTR-ENV-SECRET).
 */
public record ContainerRuleConfig(Set<String> allowedHostIps, Set<String> declaredSecretNames) {
    public ContainerRuleConfig {
        allowedHostIps = Set.copyOf(allowedHostIps);
        declaredSecretNames = Set.copyOf(declaredSecretNames);
    }

    /** Loopback only; no declared secrets. */
    public static ContainerRuleConfig defaults() {
        return new ContainerRuleConfig(Set.of("127.0.0.1", "::1", "localhost"), Set.of());
    }

    public ContainerRuleConfig withDeclaredSecrets(Set<String> names) {
        return new ContainerRuleConfig(allowedHostIps, names);
    }

    public ContainerRuleConfig withAllowedHostIps(Set<String> ips) {
        return new ContainerRuleConfig(ips, declaredSecretNames);
    }
}

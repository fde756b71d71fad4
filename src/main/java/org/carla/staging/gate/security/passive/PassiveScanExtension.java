package org.carla.staging.gate.security.passive;

import java.nio.file.Path;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.security.SecurityPolicy;
import org.carla.staging.gate.stack.GateRun;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts the run's one {@link FindingCollector} on every HTTP exchange of every suite (ZAP-baseline style:
 * passive rules on all traffic), before the class makes its first request. The policy is the engine's
 * defaults, then the gate's {@code staging-security-policy.properties} on the classpath, then the file
 * named by {@code staging.security.policy}.
 */
public final class PassiveScanExtension implements BeforeAllCallback {
    public static final String GATE_POLICY_RESOURCE = "staging-security-policy.properties";

    @Override
    public void beforeAll(ExtensionContext context) {
        GateRun run = GateRun.of(context);
        run.observeHttp(collector(run));
    }

    public static FindingCollector collector(GateRun run) {
        return run.service(FindingCollector.class, r -> new FindingCollector(policy(r.config()), PassiveRules.defaults()));
    }

    public static SecurityPolicy policy(GateConfig config) {
        SecurityPolicy policy = SecurityPolicy.defaults();
        try (var in = PassiveScanExtension.class.getClassLoader().getResourceAsStream(GATE_POLICY_RESOURCE)) {
            if (in != null) policy = policy.with(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), GATE_POLICY_RESOURCE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + GATE_POLICY_RESOURCE, e);
        }
        var file = config.security().policyFile();
        if (file.isPresent()) {
            Path path = file.get();
            try {
                policy = policy.with(java.nio.file.Files.readString(path), path.toString());
            } catch (java.io.IOException e) {
                throw new org.carla.staging.gate.config.ConfigException("staging.security.policy", "cannot read " + path + ": " + e.getMessage(),
                        "give the path of a policy file (RULE-ID=FAIL|WARN|IGNORE per line)");
            }
        }
        return policy;
    }
}

package org.carla.staging.gate.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The security suites' settings: which routes are for administrators, where published ports may bind,
 * the login-throttling policy, which environment variables hold secrets, and an optional policy file on
 * top of the engine's and the gate's policy.
 */
public record SecurityConfig(List<String> adminRoutes, String allowedBind, int loginMaxFailures, Enforcement throttle,
                             List<String> declaredSecrets, Optional<Path> policyFile) {

    static SecurityConfig read(Settings s, Path projectDir) {
        return new SecurityConfig(s.requiredList("staging.security.admin.routes"), s.text("staging.security.allowed.bind"),
                s.positiveInt("staging.security.login.max.failures"), s.choice("staging.security.throttle", Enforcement.class),
                s.requiredList("staging.security.declared.secrets"),
                s.optional("staging.security.policy").map(f -> projectDir.resolve(f).normalize()));
    }
}

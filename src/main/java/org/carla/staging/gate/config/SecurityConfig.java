package org.carla.staging.gate.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The security suites' settings: the route policy (who may call which route; the gate's own file unless
 * another is given) and what an unlisted route costs, where published ports may bind, the
 * login-throttling policy, which environment variables hold secrets, the longest token lifetime, how a
 * database superuser is judged, and an optional rule-policy file on top of the engine's and the gate's.
 */
public record SecurityConfig(Optional<Path> routePolicyFile, Enforcement unknownRoutes, String allowedBind, int loginMaxFailures,
                             Enforcement throttle, List<String> declaredSecrets, Duration tokenMaxLifetime,
                             Enforcement databaseRole, Optional<Path> policyFile) {

    static SecurityConfig read(Settings s, Path projectDir) {
        return new SecurityConfig(s.optional("staging.security.route.policy").map(f -> projectDir.resolve(f).normalize()),
                s.choice("staging.security.unknown.routes", Enforcement.class), s.text("staging.security.allowed.bind"),
                s.positiveInt("staging.security.login.max.failures"), s.choice("staging.security.throttle", Enforcement.class),
                s.requiredList("staging.security.declared.secrets"), s.duration("staging.security.token.max.lifetime"),
                s.choice("staging.security.database.role", Enforcement.class),
                s.optional("staging.security.policy").map(f -> projectDir.resolve(f).normalize()));
    }
}

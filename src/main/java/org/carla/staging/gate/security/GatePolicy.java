package org.carla.staging.gate.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carla.staging.gate.config.ConfigException;
import org.carla.staging.gate.config.SecurityConfig;

/**
 * The policy one gate run judges by, passive and container findings alike: the engine's defaults, then
 * the gate's {@value #RESOURCE} on the classpath, then the user's file named by
 * {@code staging.security.policy}. Later lines win.
 */
public final class GatePolicy {
    public static final String RESOURCE = "staging-security-policy.properties";
    public static final String ROUTES_RESOURCE = "staging-route-policy.txt";

    private GatePolicy() {
    }

    /** Who may call which route: the user's file when given, else the gate's own, written from the contract. */
    public static RoutePolicy routes(SecurityConfig config) {
        if (config.routePolicyFile().isPresent()) {
            Path path = config.routePolicyFile().get();
            try {
                return RoutePolicy.parse(Files.readString(path), path.toString());
            } catch (IOException e) {
                throw new ConfigException("staging.security.route.policy", "cannot read " + path + ": " + e.getMessage(),
                        "give the path of a route policy file (<public|user|admin> <METHOD> </path> per line)");
            }
        }
        try (InputStream in = GatePolicy.class.getClassLoader().getResourceAsStream(ROUTES_RESOURCE)) {
            if (in == null) throw new PolicyException(ROUTES_RESOURCE + " missing from the classpath");
            return RoutePolicy.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), ROUTES_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROUTES_RESOURCE, e);
        }
    }

    public static SecurityPolicy load(SecurityConfig config) {
        SecurityPolicy policy = SecurityPolicy.defaults();
        try (InputStream in = GatePolicy.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) policy = policy.with(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        if (config.policyFile().isPresent()) {
            Path path = config.policyFile().get();
            try {
                policy = policy.with(Files.readString(path), path.toString());
            } catch (IOException e) {
                throw new ConfigException("staging.security.policy", "cannot read " + path + ": " + e.getMessage(),
                        "give the path of a policy file (RULE-ID=FAIL|WARN|IGNORE per line)");
            }
        }
        return policy;
    }
}

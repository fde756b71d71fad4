package org.carla.staging.gate.security.probe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * JWT signing secrets that frameworks, tutorials and templates ship as defaults (one per line in
 * {@code well-known-jwt-secrets.txt}); a token verifying with one of them is forgeable by anyone.
 */
public final class WellKnownSecrets {
    static final String RESOURCE = "well-known-jwt-secrets.txt";

    private WellKnownSecrets() {
    }

    public static List<String> list() {
        try (InputStream in = WellKnownSecrets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource " + RESOURCE + " missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).distinct().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + RESOURCE, e);
        }
    }
}

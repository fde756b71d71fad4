package org.carla.staging.gate.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The application under test: which backend and frontend images, and where the backend's schema comes
 * from. {@code staging.app=reference} is the embedded reference stack; {@code upstream} builds the real
 * CARLA client's backend from a source checkout ({@code staging.upstream.dir}); any image given by
 * {@code staging.backend.image} / {@code staging.frontend.image} wins over both.
 */
public record App(Kind kind, Optional<String> backendImage, Optional<String> frontendImage, Path schemaDir, Path upstreamDir,
                  String imageTag) {
    /** The image compose/upstream/build-image makes from the checkout. */
    public static final String UPSTREAM_BACKEND_IMAGE = "carla-staging/upstream-backend:local";

    public enum Kind { REFERENCE, UPSTREAM }

    static App read(Settings s, Path projectDir) {
        Kind kind = s.choice("staging.app", Kind.class);
        Path upstream = projectDir.resolve(s.text("staging.upstream.dir")).normalize();
        Optional<String> backend = s.optional("staging.backend.image")
                .or(() -> kind == Kind.UPSTREAM ? Optional.of(UPSTREAM_BACKEND_IMAGE) : Optional.empty());
        Path schema = s.optional("staging.app.schema.dir").map(d -> projectDir.resolve(d).normalize())
                .orElse(kind == Kind.UPSTREAM ? upstream.resolve("carla_simulator/database/init")
                        : projectDir.resolve("compose/backend/schema"));
        return new App(kind, backend, s.optional("staging.frontend.image"), schema, upstream, s.text("staging.image.tag"));
    }

    public String name() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** What compose/bootstrap must know to build (or not build) the application's images. */
    public Map<String, String> bootstrapEnvironment() {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        env.put("STAGING_APP", name());
        env.put("STAGING_UPSTREAM_DIR", upstreamDir.toString());
        env.put("STAGING_BACKEND_IMAGE", backendImage.orElse(""));
        env.put("STAGING_FRONTEND_IMAGE", frontendImage.orElse(""));
        env.put("STAGING_IMAGE_TAG", imageTag);
        return env;
    }
}

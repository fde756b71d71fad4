package org.carla.staging.gate.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.carla.staging.gate.config.ConfigException;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.config.WorldChoice;

/**
 * Runs compose/bootstrap with the gate's own configuration, so that one switch ({@code -Dstaging.app=upstream},
 * {@code -Dstaging.backend.image=…}) reaches the set-up step as it reaches the tests. Maven calls it
 * before the suites (exec:java, in Maven's JVM, so it sees the same -D settings).
 */
public final class Bootstrap {
    private Bootstrap() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        GateConfig config;
        try {
            config = GateConfig.read();
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), null);
        }
        if (!config.usesContainers()) {
            System.out.println("[bootstrap] skipped: staging.target=external (no stack to set up)");
            return;
        }
        Path script = config.projectDir().resolve("compose/bootstrap");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException(script + " not found or not executable: run from the staging-gate checkout");
        }
        ProcessBuilder builder = new ProcessBuilder(script.toString()).inheritIO().directory(config.projectDir().toFile());
        builder.environment().putAll(environment(config, System.getProperty("staging.cache.dir")));
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("compose/bootstrap failed (exit " + exit + "): its last lines above say what and what to do");
        }
    }

    static Map<String, String> environment(GateConfig config, String cacheDir) {
        Map<String, String> env = new java.util.LinkedHashMap<>(config.app().bootstrapEnvironment());
        if (cacheDir != null && !cacheDir.isBlank()) env.put("STAGING_CACHE_DIR", cacheDir);
        env.put("STAGING_POSTMAN_ENABLED", String.valueOf(config.postman().enabled()));
        if (config.world() != WorldChoice.AUTO) env.put("STAGING_WORLD", config.world().name().toLowerCase(Locale.ROOT));
        return env;
    }
}

package org.carla.staging.gate.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.carla.staging.gate.config.ConfigSource;
import org.carla.staging.gate.config.GateConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run remembers a failed start: later classes get that one cause at once, with no second attempt. */
class GateRunTest {
    @TempDir
    Path project;

    private GateConfig config() throws Exception {
        Files.createDirectories(project.resolve("compose"));
        Files.writeString(project.resolve("compose/docker-compose.staging.yml"), "services: {}\n");
        Properties defaults = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("staging.properties")) {
            defaults.load(in);
        }
        return GateConfig.read(new ConfigSource(Map.of("staging.project.dir", project.toString())::get, Map.of(), defaults));
    }

    @Test
    void aFailedStartIsRememberedAndNotRetried() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        GateRun run = new GateRun(config(), r -> {
            attempts.incrementAndGet();
            throw new StackStartException("backend unhealthy: healthcheck said 503", null);
        });
        assertThatThrownBy(run::stack).hasMessage("backend unhealthy: healthcheck said 503");
        assertThatThrownBy(run::stack).isInstanceOf(StackStartException.class)
                .hasMessageContaining("failed to start earlier in this run").hasMessageContaining("healthcheck said 503");
        assertThat(attempts).as("start attempts").hasValue(1);
        assertThat(run.stackStarted()).isFalse();
    }

    @Test
    void aStartedStackIsSharedByEveryCaller() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        GateConfig config = config();
        GateRun run = new GateRun(config, r -> {
            attempts.incrementAndGet();
            return new ExternalStack(config);
        });
        StagingStack first = run.stack();
        assertThat(run.stack()).isSameAs(first);
        assertThat(attempts).hasValue(1);
        assertThat(run.stackStarted()).isTrue();
    }
}

package org.carla.staging.proof;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.docker.CommandRunner;
import org.carla.staging.gate.docker.DockerCli;
import org.carla.staging.gate.compose.StaleStackReaper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The gate leaves no container, network or volume behind: after a passing run, a failing run, a run
 * interrupted by SIGTERM (Ctrl-C), and, for SIGKILL where no code can run, by the next run's reaper.
 */
@Tag("proof")
@Epic("proof")
@Feature("No leaks")
class NoLeftoversTest {
    private static final Duration CHILD_LIMIT = Duration.ofMinutes(4);
    private static final String SEED_URLS = "service.SeedUrlsTest";

    @Test
    @DisplayName("A passing run leaves nothing behind")
    void passingRunLeavesNothing() {
        GateOutcome outcome = InProcessGate.run(List.of(SEED_URLS), Map.of());
        assertThat(outcome.failures()).as("the run itself passed").isEmpty();
        assertThat(Leftovers.find()).as("containers, networks, volumes after a passing run").isEmpty();
    }

    @Test
    @DisplayName("A failing run leaves nothing behind")
    void failingRunLeavesNothing() {
        GateOutcome outcome = InProcessGate.run(List.of(SEED_URLS), Map.of("staging.faults", "version-empty"));
        assertThat(outcome.failures()).as("the run failed, as the fault makes it").isNotEmpty();
        assertThat(Leftovers.find()).as("containers, networks, volumes after a failing run").isEmpty();
    }

    @Test
    @DisplayName("A run stopped by SIGTERM (Ctrl-C) mid-way removes its stack on the way out")
    void terminatedRunLeavesNothing() throws Exception {
        Process child = startParkedRun();
        try {
            awaitStackUp(child);
            child.destroy(); // SIGTERM: the JVM runs its shutdown hooks
            assertThat(child.waitFor(CHILD_LIMIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).as("child JVM exited").isTrue();
            assertThat(Leftovers.find()).as("containers, networks, volumes after SIGTERM").isEmpty();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    @DisplayName("A run killed outright (SIGKILL) is cleaned up by the next run's reaper")
    void killedRunIsReapedByTheNextRun() throws Exception {
        Process child = startParkedRun();
        try {
            awaitStackUp(child);
            child.destroyForcibly(); // SIGKILL: no hook runs, the stack stays
            child.waitFor();
            assertThat(Leftovers.find()).as("a killed run leaves its stack (nothing can run on SIGKILL)").isNotEmpty();
            GateConfig config = GateConfig.read();
            new StaleStackReaper(new DockerCli(new CommandRunner(Path.of("."), Map.of())), config.projectName()).reap();
            assertThat(Leftovers.find()).as("after the reaper every gate run starts with").isEmpty();
        } finally {
            child.destroyForcibly();
        }
    }

    private static Process startParkedRun() throws Exception {
        Path log = Files.createDirectories(Path.of("target", "proof")).resolve("parked-run.log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"),
                "-Dallure.results.directory=" + System.getProperty("allure.results.directory", "target/proof-allure-results"),
                "-D" + ParkedGateRun.RELEASE_FILE + "=target/proof/never-released"));
        command.add(ParkedGateRun.class.getName());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitStackUp(Process child) {
        Awaitility.await("the child run's stack healthy (log: target/proof/parked-run.log)").atMost(CHILD_LIMIT)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    if (!child.isAlive()) throw new IllegalStateException("the child run ended early, exit " + child.exitValue());
                    return Leftovers.stackRunning() && Leftovers.find().stream().filter(s -> s.startsWith("container")).count() >= 4;
                });
    }
}

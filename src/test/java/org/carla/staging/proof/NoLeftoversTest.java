package org.carla.staging.proof;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.carla.staging.gate.compose.ProjectName;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The gate leaves no container, network or volume behind: after a passing run (the concurrent-runs test below)
 * and a failing one (every group of {@link FaultMatrixTest} checks it), a run interrupted by SIGTERM (Ctrl-C),
 * and, for SIGKILL where no code can run, on the user's own path: a
 * `mvn verify -Pstaging` killed outright is cleaned by the next `mvn verify -Pstaging` before its prereq
 * port check. The cleaning never touches a live run: two gate runs on other ports both pass.
 */
@Tag("proof")
@Epic("proof")
@Feature("No leaks")
class NoLeftoversTest {
    private static final Duration CHILD_LIMIT = Duration.ofMinutes(5);
    private static final String SEED_URLS = "service.SeedUrlsTest";
    private static final Path PROOF = Path.of("target", "proof");
    /** Host ports of a second, concurrent gate run: every published port plus 100. */
    private static final Map<String, String> OTHER_PORTS = Map.of("staging.backend.port", "8101", "staging.frontend.port", "3101",
            "staging.database.port", "5533", "staging.prometheus.port", "9191", "staging.grafana.port", "3102", "staging.loki.port", "3201",
            "staging.postgres.exporter.port", "9287", "staging.cadvisor.port", "8181", "staging.alertmanager.port", "9193",
            "staging.alert.receiver.port", "9195");

    @Test
    @DisplayName("A run stopped by SIGTERM (Ctrl-C) mid-way removes its stack on the way out")
    void terminatedRunLeavesNothing() throws Exception {
        Path log = PROOF.resolve("parked-run.log");
        Process child = parkedRun(log, Map.of());
        try {
            awaitStackUp(child, log);
            child.destroy(); // SIGTERM: the JVM runs its shutdown hooks
            assertThat(child.waitFor(CHILD_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("child JVM exited").isTrue();
            assertThat(Leftovers.of(child.pid())).as("containers, networks, volumes after SIGTERM").isEmpty();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    @DisplayName("A `mvn verify -Pstaging` killed outright (SIGKILL) is cleaned by the next one, before its port check")
    void killedMavenRunIsCleanedByTheNextOne() throws Exception {
        Files.createDirectories(PROOF);
        Path killedLog = PROOF.resolve("killed-mvn.log");
        Path release = PROOF.resolve("never-released");
        // The user's command, holding its stack (ParkedGateRun) so it can be killed with the stack up.
        Process killed = maven(killedLog, "-Dgate.groups=", "-Dit.test=ParkedGateRun",
                "-D" + ParkedGateRun.RELEASE_FILE + "=" + release.toAbsolutePath());
        try {
            awaitStackUp(killed, killedLog);
            // CI runner killed, OOM: every process of the run at once (mvn and its forked test JVM), no hook runs.
            new ProcessBuilder("kill", "-KILL", "--", "-" + killed.pid()).start().waitFor();
            killed.waitFor(30, TimeUnit.SECONDS);
            List<String> stale = staleStacks(killed.pid());
            assertThat(stale).as("the killed run left its stack holding the seed's ports").isNotEmpty();
            Path nextLog = PROOF.resolve("next-mvn.log");
            Process next = maven(nextLog, "-Dgate.groups=service");
            assertThat(next.waitFor(CHILD_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("the next run finished").isTrue();
            String output = Files.readString(nextLog);
            assertThat(next.exitValue()).as("the next `mvn verify -Pstaging` passed (its log: %s)", nextLog).isZero();
            assertThat(output).as("its prereq removed the killed run's stack first").contains("left behind by an earlier, killed run");
            assertThat(staleStacks(killed.pid())).as("stacks of the killed run after the next run").isEmpty();
        } finally {
            new ProcessBuilder("kill", "-KILL", "--", "-" + killed.pid()).start().waitFor();
        }
    }

    @Test
    @DisplayName("Two gate runs on one machine, on other ports, both pass: cleaning never removes a live run's stack")
    void concurrentRunsBothPass() throws Exception {
        Path log = PROOF.resolve("concurrent-run.log");
        Path release = PROOF.resolve("release-concurrent");
        Files.deleteIfExists(release);
        Process other = parkedRun(log, OTHER_PORTS, "-D" + ParkedGateRun.RELEASE_FILE + "=" + release.toAbsolutePath());
        try {
            awaitStackUp(other, log);
            GateOutcome mine = InProcessGate.run(List.of(SEED_URLS), Map.of());
            assertThat(mine.failures()).as("this run, beside the other one").isEmpty();
            assertThat(Leftovers.of(other.pid())).as("the other run's stack, still up after this run's cleaning").isNotEmpty();
            Files.createFile(release);
            assertThat(other.waitFor(CHILD_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("the other run finished").isTrue();
            assertThat(other.exitValue()).as("the other run passed (its log: %s)", log).isZero();
            assertThat(Leftovers.of(other.pid())).as("what the other run left").isEmpty();
            assertThat(Leftovers.find()).as("what this run left").isEmpty();
        } finally {
            other.destroyForcibly();
        }
    }

    /** The child JVM of {@link ParkedGateRun}: starts the stack and waits (for a release file, if given). */
    private static Process parkedRun(Path log, Map<String, String> settings, String... more) throws IOException {
        Files.createDirectories(PROOF);
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"),
                "-Dallure.results.directory=" + System.getProperty("allure.results.directory", "target/proof-allure-results"),
                "-D" + ParkedGateRun.RELEASE_FILE + "=" + PROOF.resolve("never-released")));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of(more));
        command.add(ParkedGateRun.class.getName());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * `mvn verify -Pstaging` in a process group of its own (setsid), so that it can be killed whole, run in a
     * fresh clone of this checkout (its committed state) so that its reports and results never mix with this
     * run's, and with images of its own tag, so that its bootstrap never replaces this checkout's images.
     */
    private static Process maven(Path log, String... arguments) throws IOException, InterruptedException {
        Path clone = PROOF.resolve("user-path").toAbsolutePath();
        Path marker = clone.resolve(".cloned-by-this-run");
        String me = String.valueOf(ProcessHandle.current().pid());
        if (!Files.exists(marker) || !Files.readString(marker).equals(me)) {
            new ProcessBuilder("rm", "-rf", clone.toString()).start().waitFor();
            Process git = new ProcessBuilder("git", "clone", "-q", Path.of("").toAbsolutePath().toString(), clone.toString())
                    .redirectErrorStream(true).redirectOutput(PROOF.resolve("user-path-clone.log").toFile()).start();
            assertThat(git.waitFor()).as("git clone of this checkout into %s (see user-path-clone.log)", clone).isZero();
            // This build's classes, copied after the checkout so Maven finds them up to date: the proof is about
            // the run, not about compiling the project twice more.
            Files.createDirectories(clone.resolve("target"));
            Files.writeString(marker, me);
            for (String built : List.of("classes", "test-classes", "maven-status")) {
                Path from = Path.of("target", built);
                if (Files.isDirectory(from)) {
                    new ProcessBuilder("cp", "-r", from.toString(), clone.resolve("target").toString()).start().waitFor();
                }
            }
        }
        List<String> command = new ArrayList<>(List.of("setsid", "mvn", "-B", "-o", "-ntp", "verify", "-Pstaging", "-Dstaging.image.tag=user-path"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).directory(clone.toFile()).redirectErrorStream(true).redirectOutput(log.toAbsolutePath().toFile()).start();
    }

    /** Waits for the run's "Stack … ready" line: the gate says so once every service is ready. */
    private static void awaitStackUp(Process child, Path log) {
        Awaitility.await("the child run's stack ready (log: " + log + ")").atMost(CHILD_LIMIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    if (!child.isAlive()) throw new IllegalStateException("the child run ended early, exit " + child.exitValue() + "; see " + log);
                    return Files.exists(log) && Files.readString(log).matches("(?s).*Stack \\S+ ready.*");
                });
    }

    /** Stacks left by the process tree of a killed child (its forked test JVM owned them). */
    private static List<String> staleStacks(long pid) throws IOException {
        String log = Files.readString(PROOF.resolve("killed-mvn.log"));
        java.util.regex.Matcher ready = java.util.regex.Pattern.compile("Stack (\\S+) ready").matcher(log);
        Optional<Long> owner = ready.find() ? new ProjectName(ready.group(1)).ownerPid("carla-staging") : Optional.empty();
        return Leftovers.of(owner.orElse(pid));
    }
}

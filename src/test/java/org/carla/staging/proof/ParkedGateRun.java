package org.carla.staging.proof;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.carla.staging.gate.stack.GateParameters;
import org.carla.staging.gate.stack.StagingStack;
import org.carla.staging.gate.stack.StagingStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a check: a gate run that starts the stack and then waits, so {@link NoLeftoversTest} can kill its
 * JVM mid-run. Untagged, so no suite runs it by itself.
 */
@ExtendWith({StagingStackExtension.class, GateParameters.class})
class ParkedGateRun {
    static final String RELEASE_FILE = "staging.proof.release.file";

    @Test
    void holdTheStackUntilReleased(StagingStack stack) {
        Path release = Path.of(System.getProperty(RELEASE_FILE, "target/proof/release"));
        Awaitility.await("release file " + release).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> Files.exists(release));
    }

    /** Entry point of the child JVM. */
    public static void main(String[] args) {
        GateOutcome outcome = InProcessGate.run(java.util.List.of(ParkedGateRun.class.getName()), java.util.Map.of());
        System.exit(outcome.failures().isEmpty() ? 0 : 1);
    }
}

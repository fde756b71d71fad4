package org.carla.staging.proof;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * When the application dies mid-run (here: a seeded fault makes the reference backend exit on a path
 * traversal probe), the gate says so once, as a product defect naming the requests just before, and marks
 * what could no longer run as broken, fast, instead of a cascade of unrelated failures.
 */
@Tag("proof")
@Epic("proof")
@Feature("Honest outcomes")
class AppStopsMidRunTest {

    @Test
    @DisplayName("An application that dies mid-run is one product defect; what follows is broken, not failed")
    void aDyingAppIsOneDefectAndTheRestIsBroken() {
        Instant start = Instant.now();
        GateOutcome outcome = InProcessGate.run(List.of("security.BadInputTest", "service.SeedUrlsTest", "security.TokenAttackTest"),
                Map.of("staging.faults", "dies-on-traversal"));
        Duration took = Duration.between(start, Instant.now());
        List<GateOutcome.Result> results = outcome.results();
        // The first report is the defect; later ones repeat it as the reason they could not run.
        List<GateOutcome.Result> stopped = results.stream()
                .filter(r -> r.kind() == GateOutcome.Kind.FAILED && r.message().contains("stopped answering mid-run")).toList();
        assertThat(stopped).as("the one report that the backend stopped (all results: %s)", results).hasSize(1);
        assertThat(stopped.get(0).message()).as("names the requests just before").contains("It had answered these requests just before");
        List<GateOutcome.Result> after = results.subList(results.indexOf(stopped.get(0)) + 1, results.size()).stream()
                .filter(r -> r.kind() != GateOutcome.Kind.PASSED && r.kind() != GateOutcome.Kind.SKIPPED).toList();
        assertThat(after).as("tests after the stop").isNotEmpty()
                .allSatisfy(r -> assertThat(r.kind()).as("%s: %s", r.test(), r.message()).isEqualTo(GateOutcome.Kind.BROKEN));
        assertThat(took).as("reported fast, not a timeout per test").isLessThan(Duration.ofMinutes(3));
    }
}

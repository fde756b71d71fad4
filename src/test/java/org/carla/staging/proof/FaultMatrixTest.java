package org.carla.staging.proof;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Allure;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The gate's proof of sensitivity, like mutation testing for unit tests: for every seeded fault of the
 * reference stack, the tests expected to catch it must go red. Writes the matrix (fault → failing
 * tests → tag) with the totals caught / seeded to target/proof/fault-matrix.md and the report.
 */
@Tag("proof")
@Epic("proof")
@Feature("Gate proof: every seeded fault is caught")
class FaultMatrixTest {
    private static final List<String> ROWS = new ArrayList<>();
    private static int seeded;
    private static int caught;

    @TestFactory
    @DisplayName("Each seeded fault is caught by a test of the expected tag")
    Stream<DynamicContainer> eachSeededFaultIsCaught() {
        // -Dproof.groups=integration,unhealthy runs only the groups whose names contain one of the words.
        List<String> only = List.of(System.getProperty("proof.groups", "").split(",")).stream().filter(w -> !w.isBlank()).toList();
        return FaultCatalog.groups().stream()
                .filter(group -> only.isEmpty() || only.stream().anyMatch(group.name()::contains))
                .map(group -> DynamicContainer.dynamicContainer(group.name(), runGroup(group)));
    }

    private static Stream<DynamicTest> runGroup(FaultGroup group) {
        Instant start = Instant.now();
        GateOutcome outcome;
        try (AutoCloseable around = group.around().open()) {
            outcome = InProcessGate.run(group.classes(), group.settings());
        } catch (Exception e) {
            throw new IllegalStateException("group " + group.name() + " could not run: " + e.getMessage(), e);
        }
        Duration took = Duration.between(start, Instant.now());
        List<String> leftovers = Leftovers.find();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest(group.name() + ": no leftovers after the failing run",
                () -> assertThat(leftovers).as("containers, networks, volumes after group %s", group.name()).isEmpty()));
        for (SeededFault fault : group.faults()) {
            List<GateOutcome.Result> caughtBy = outcome.failuresMatching(fault.catchers());
            boolean ok = caughtBy.stream().anyMatch(r -> r.tag().equals(fault.tag()));
            record(fault, caughtBy, ok, group, took);
            tests.add(DynamicTest.dynamicTest(fault.name() + " (" + fault.defect() + ") caught by " + fault.tag(), () ->
                    assertThat(caughtBy).as("tests of tag %s expected to fail on fault %s: %s; all failures of the group: %s",
                                    fault.tag(), fault.name(), fault.catchers(), outcome.failures().stream().map(GateOutcome.Result::test).toList())
                            .anySatisfy(r -> assertThat(r.tag()).isEqualTo(fault.tag()))));
        }
        return tests.stream();
    }

    private static synchronized void record(SeededFault fault, List<GateOutcome.Result> caughtBy, boolean ok, FaultGroup group, Duration took) {
        seeded++;
        if (ok) caught++;
        String tests = caughtBy.isEmpty() ? "—" : caughtBy.stream().map(GateOutcome.Result::test).distinct().limit(4).collect(Collectors.joining("<br>"));
        ROWS.add("| `" + fault.name() + "` | " + fault.defect() + " | " + tests + " | " + fault.tag() + " | " + (ok ? "caught" : "**MISSED**")
                + " | " + group.name() + " (" + took.toSeconds() + " s) |");
    }

    @AfterAll
    static void writeMatrix() throws Exception {
        String matrix = "| fault | defect class | failing tests | tag | verdict | group (wall time) |\n|---|---|---|---|---|---|\n"
                + String.join("\n", ROWS) + "\n\n**" + caught + " / " + seeded + " seeded faults caught.**\n";
        Path file = Files.createDirectories(Path.of("target", "proof")).resolve("fault-matrix.md");
        Files.writeString(file, matrix);
        Allure.addAttachment("fault matrix", "text/markdown", matrix, ".md");
        System.out.println("[proof] fault matrix written to " + file + "\n" + matrix);
    }
}

package org.carla.staging.proof;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Allure;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carla.staging.gate.config.App;
import org.carla.staging.gate.config.GateConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The gate's verdict on the real product is true: the whole gate runs against the upstream CARLA client
 * (its backend built from the checkout, unaided), and every failed test must be a defect of upstream that
 * {@code proof/upstream-triage.txt} names with upstream's file and line; broken and skipped tests carry
 * their reason. Writes target/proof/upstream-verdict.md.
 */
@Tag("proof")
@Epic("proof")
@Feature("The verdict on the real product")
class UpstreamVerdictTest {

    @Test
    @DisplayName("Every failed test on the upstream app is a triaged upstream defect")
    void everyFailureOnUpstreamIsATrueDefect() throws Exception {
        GateConfig config = GateConfig.read();
        Path checkout = config.app().upstreamDir();
        Assumptions.assumeTrue(Files.isDirectory(checkout.resolve("web/backend")),
                "no upstream checkout at " + checkout + " (set staging.upstream.dir to gate the real application)");
        buildImage(checkout);
        Instant start = Instant.now();
        // The same gate, its load levels 8 s each instead of 15 (same thresholds, fewer samples): proof time.
        GateOutcome outcome = InProcessGate.runGate(Map.of("staging.app", "upstream", "staging.load.duration", "8s", "staging.load.warmup", "2s"));
        Duration took = Duration.between(start, Instant.now());
        Triage triage = Triage.load();
        UpstreamVerdict verdict = new UpstreamVerdict(outcome.results(), triage, took);
        Path file = Files.createDirectories(Path.of("target", "proof")).resolve("upstream-verdict.md");
        Files.writeString(file, verdict.markdown());
        Allure.addAttachment("upstream verdict", "text/markdown", verdict.markdown(), ".md");
        System.out.println("[proof] upstream verdict written to " + file + ": " + verdict.totals());
        assertThat(verdict.count(GateOutcome.Kind.PASSED)).as("tests that ran against upstream and passed").isPositive();
        assertThat(verdict.untriaged()).as("failed tests on upstream that no triage line explains (a gate bug, or a new upstream defect "
                + "to triage in src/test/resources/%s)", Triage.RESOURCE).isEmpty();
    }

    /** The upstream image, built from the checkout if missing or stale (idempotent). */
    private static void buildImage(Path checkout) throws Exception {
        Path log = Files.createDirectories(Path.of("target", "proof")).resolve("upstream-build.log");
        Process build = new ProcessBuilder(Path.of("compose", "upstream", "build-image").toAbsolutePath().toString(), checkout.toString(),
                App.UPSTREAM_BACKEND_IMAGE).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(build.waitFor()).as("compose/upstream/build-image (see %s): %s", log, Files.readString(log)).isZero();
    }

    /** The table of outcomes with their triage, and the totals. */
    record UpstreamVerdict(List<GateOutcome.Result> results, Triage triage, Duration took) {
        long count(GateOutcome.Kind kind) {
            return results.stream().filter(r -> r.kind() == kind).count();
        }

        List<GateOutcome.Result> untriaged() {
            return results.stream().filter(r -> r.kind() == GateOutcome.Kind.FAILED && triage.explain(r).isEmpty()).toList();
        }

        String totals() {
            Map<GateOutcome.Kind, Long> counts = new EnumMap<>(GateOutcome.Kind.class);
            for (GateOutcome.Kind kind : GateOutcome.Kind.values()) counts.put(kind, count(kind));
            long failed = count(GateOutcome.Kind.FAILED);
            return counts + ", " + (failed - untriaged().size()) + " of " + failed + " failures triaged as upstream defects, gate run "
                    + took.toSeconds() + " s";
        }

        /** Failed tests per upstream defect: the short table for the README. */
        String byDefect() {
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            results.stream().filter(r -> r.kind() == GateOutcome.Kind.FAILED)
                    .forEach(r -> counts.merge(triage.explain(r).orElse("**UNTRIAGED**"), 1L, Long::sum));
            StringBuilder out = new StringBuilder("| failed tests | upstream defect (evidence) |\n|---|---|\n");
            counts.forEach((defect, n) -> out.append("| ").append(n).append(" | ").append(cell(defect)).append(" |\n"));
            return out.toString();
        }

        String markdown() {
            StringBuilder out = new StringBuilder("# The gate's verdict on the upstream CARLA client\n\n").append(totals()).append("\n\n")
                    .append("## Failed tests by defect\n\n").append(byDefect()).append("\n## Every test that did not pass\n\n")
                    .append("| outcome | test | message | triage |\n|---|---|---|---|\n");
            for (GateOutcome.Kind kind : List.of(GateOutcome.Kind.FAILED, GateOutcome.Kind.BROKEN, GateOutcome.Kind.SKIPPED)) {
                results.stream().filter(r -> r.kind() == kind).forEach(r -> out.append("| ").append(kind).append(" | ")
                        .append(cell(r.test() + (r.displayName().startsWith(r.test().substring(r.test().indexOf('#') + 1)) ? "" : ": " + r.displayName())))
                        .append(" | ").append(cell(firstLine(r.message()))).append(" | ")
                        .append(cell(kind == GateOutcome.Kind.FAILED ? triage.explain(r).orElse("**UNTRIAGED**") : "(reason in the message)"))
                        .append(" |\n"));
            }
            return out.toString();
        }

        private static String firstLine(String message) {
            String flat = message.replaceAll("\\s+", " ").strip();
            return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
        }

        private static String cell(String text) {
            return text.replace("|", "\\|").replace("\n", " ");
        }
    }
}

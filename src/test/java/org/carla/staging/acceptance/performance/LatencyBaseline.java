package org.carla.staging.acceptance.performance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qameta.allure.Allure;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carla.staging.gate.config.Enforcement;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.config.LoadConfig;
import org.carla.staging.gate.config.RegressionConfig;
import org.carla.staging.gate.load.LoadResult;
import org.carla.staging.gate.load.regression.BaselineKey;
import org.carla.staging.gate.load.regression.BaselineStore;
import org.carla.staging.gate.load.regression.EndpointChange;
import org.carla.staging.gate.load.regression.LevelSample;
import org.carla.staging.gate.load.regression.RegressionDetector;
import org.carla.staging.gate.load.regression.RegressionReport;
import org.carla.staging.gate.load.regression.RunRecord;
import org.carla.staging.gate.load.regression.Sensitivity;
import org.carla.staging.gate.load.regression.Verdict;
import org.carla.staging.gate.report.Figures;
import org.carla.staging.gate.stack.StagingStack;
import org.junit.jupiter.api.Assumptions;

/**
 * The load levels' latencies against the last good run of the same machine, world and stack: judged level by
 * level (a regression warns or fails as configured), and this run stored as the next baseline when every
 * level met its thresholds and nothing regressed. Also writes the run's figures for the gate's summary
 * (target/performance/load-summary.json) and the run record (target/performance/latency-run.json).
 */
final class LatencyBaseline {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegressionConfig settings;
    private final BaselineKey key;
    private final BaselineStore store;
    private final List<RunRecord> baseline;
    private final Map<String, String> build;
    private final Path outputDir;
    private final List<LevelSample> levels = new ArrayList<>();
    private final Map<String, Boolean> levelPassed = new LinkedHashMap<>();
    private final List<String> regressions = new ArrayList<>();
    private final List<String> improvements = new ArrayList<>();

    private LatencyBaseline(GateConfig config, BaselineKey key, Map<String, String> build) {
        this.settings = config.regression();
        this.key = key;
        this.store = new BaselineStore(settings.baselineDir());
        this.baseline = settings.enforcement() == Enforcement.IGNORE ? List.of() : store.baseline(key);
        this.build = build;
        this.outputDir = config.projectDir().resolve("target/performance");
    }

    static LatencyBaseline open(GateConfig config, StagingStack stack) {
        LoadConfig load = config.load();
        String backend = config.app().backendImage().map(BaselineKey::repository).orElse("reference build");
        String frontend = config.app().frontendImage().map(BaselineKey::repository).orElse("reference build");
        String stackKey = String.format(Locale.ROOT, "app=%s backend=%s frontend=%s levels=%s duration=%s warmup=%s block=%s",
                config.app().name(), backend, frontend, load.levels().stream().map(l -> l.name() + ":" + l.users()).toList(),
                load.duration(), load.warmUp(), config.regression().block());
        BaselineKey key = new BaselineKey(BaselineKey.thisMachine(config.regression().machine().orElse(null)),
                stack.world().name().toLowerCase(Locale.ROOT), stackKey);
        Map<String, String> build = new LinkedHashMap<>();
        stack.containers().ifPresent(c -> c.states().forEach(s -> build.put(s.service(), s.image() + " " + s.inspect().path("Image").asText())));
        build.put("faults", String.join(",", config.faults()));
        return new LatencyBaseline(config, key, build);
    }

    /** Records a level; {@code passed}: its thresholds and resource ceilings held. */
    void record(String level, LoadResult result, boolean passed) {
        levels.add(LevelSample.of(level, result));
        levelPassed.put(level, passed);
    }

    /**
     * Every endpoint over all levels against the baseline runs: passes, warns (skipped with the figures) or fails, as
     * configured; improvements are reported too.
     */
    void judge() {
        Assumptions.assumeTrue(settings.enforcement() != Enforcement.IGNORE,
                "latency not compared with a baseline: staging.regression.enforcement=IGNORE");
        Allure.parameter("baseline key", key.toString());
        Assumptions.assumeFalse(baseline.isEmpty(), "no latency baseline yet for this machine, world and stack ("
                + store.file(key).getFileName() + "): this run becomes its first good run if every level passes");
        String source = baseline.size() + " good run(s) of " + baseline.get(0).recordedAt() + " .. " + baseline.get(baseline.size() - 1).recordedAt();
        Verdict verdict = new RegressionDetector(sensitivity()).compare(levels, baseline);
        Figures.text("latency vs baseline", RegressionReport.text(verdict, source));
        Figures.html("latency vs baseline (table)", RegressionReport.html(verdict, source));
        verdict.improvements().forEach(e -> improvements.add(e.describe()));
        List<String> slower = verdict.regressions().stream().map(EndpointChange::describe).toList();
        regressions.addAll(slower);
        Allure.parameter("endpoints judged", verdict.judged().size() + " of " + verdict.endpoints().size());
        Allure.parameter("baseline runs", baseline.size());
        Assumptions.assumeFalse(verdict.judged().isEmpty(), "no endpoint judged yet: " + (baseline.size() < settings.minBaselineRuns()
                ? "the baseline has " + baseline.size() + " of the " + settings.minBaselineRuns() + " good runs needed to know the run-to-run noise"
                + " (this run joins it if every level passes)"
                : verdict.endpoints().stream().map(EndpointChange::note).findFirst().orElse("no endpoint")));
        if (slower.isEmpty()) return;
        String message = "latency regression against " + source + ":\n  " + String.join("\n  ", slower);
        if (settings.enforcement() == Enforcement.FAIL) throw new AssertionError(message);
        Assumptions.abort("WARN " + message + "\n(staging.regression.enforcement=FAIL makes this a failure)");
    }

    /** After the last level: the run's figures for the summary, and the baseline kept or replaced. */
    String finish() {
        RunRecord run = new RunRecord(RunRecord.FORMAT, Instant.now().toString(), key.toString(), build, levels);
        BaselineStore.write(outputDir.resolve("latency-run.json"), run);
        boolean allPassed = !levelPassed.isEmpty() && levelPassed.values().stream().allMatch(Boolean::booleanValue);
        String action;
        if (settings.enforcement() == Enforcement.IGNORE) {
            action = "not compared, not stored (staging.regression.enforcement=IGNORE)";
        } else if (allPassed && (regressions.isEmpty() || settings.accept())) {
            Path file = store.add(key, run, settings.baselineRuns());
            action = "this run joins the baseline (" + Math.min(baseline.size() + 1, settings.baselineRuns()) + " good runs kept): " + file
                    + (regressions.isEmpty() ? "" : " (accepted despite the regression)");
        } else {
            action = "baseline kept (" + baseline.size() + " good runs): "
                    + (allPassed ? "this run regressed (accept it with -Dstaging.regression.accept=true)" : "a level missed its thresholds");
        }
        writeSummary(action);
        return action;
    }

    private Sensitivity sensitivity() {
        return Sensitivity.of(settings.minEffect(), settings.confidence(), settings.minBlocks(), settings.minBaselineRuns(), settings.floorMs());
    }

    private void writeSummary(String action) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("levels");
        for (LevelSample level : levels) {
            list.addObject().put("level", level.level()).put("users", level.users()).put("requests", level.requests())
                    .put("failures", level.failures()).put("rps", level.requestRate()).put("p50", level.p50Ms())
                    .put("p95", level.p95Ms()).put("p99", level.p99Ms()).put("passed", levelPassed.getOrDefault(level.level(), false));
        }
        regressions.forEach(root.putArray("regressions")::add);
        improvements.forEach(root.putArray("improvements")::add);
        root.put("enforcement", settings.enforcement().name());
        root.put("baseline", baseline.isEmpty() ? "none" : baseline.size() + " good run(s), newest " + baseline.get(baseline.size() - 1).recordedAt());
        root.put("action", action);
        BaselineStore.write(outputDir.resolve("load-summary.json"), root);
    }
}

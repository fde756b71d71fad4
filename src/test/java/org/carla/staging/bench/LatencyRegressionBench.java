package org.carla.staging.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.carla.staging.gate.config.ConfigSource;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.config.RegressionConfig;
import org.carla.staging.gate.load.regression.BaselineStore;
import org.carla.staging.gate.load.regression.EndpointChange;
import org.carla.staging.gate.load.regression.LevelComparison;
import org.carla.staging.gate.load.regression.LevelSample;
import org.carla.staging.gate.load.regression.RegressionDetector;
import org.carla.staging.gate.load.regression.RunRecord;
import org.carla.staging.gate.load.regression.Sensitivity;

/**
 * The offline half of bench/latency-regression: reads the runs it recorded (runs/healthy-NN.json,
 * runs/slowed-NN.json) and compares them with the detector at the gate's settings (staging.properties, or
 * -D overrides): (1) in time order as the gate does, each run against the last healthy one; (2) every
 * healthy run against every other (each flag is a false alarm); (3) every slowed run against every healthy
 * one (is /api/reports flagged, at which size and confidence; any other flag is a false alarm).
 */
public final class LatencyRegressionBench {
    private static final String SLOWED = "/api/reports";

    private LatencyRegressionBench() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-latency");
        RegressionConfig settings = GateConfig.read(ConfigSource.fromProcess()).regression();
        Sensitivity sensitivity = Sensitivity.of(settings.minEffect(), settings.confidence(), settings.minBlocks());
        RegressionDetector detector = new RegressionDetector(sensitivity);
        Map<String, RunRecord> runs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(out.resolve("runs"))) {
            files.filter(f -> f.toString().endsWith(".json")).sorted((a, b) -> Long.compare(modified(a), modified(b)))
                    .forEach(f -> runs.put(f.getFileName().toString().replace(".json", ""), BaselineStore.read(f).orElseThrow()));
        }
        List<String> healthy = runs.keySet().stream().filter(n -> n.startsWith("healthy")).toList();
        List<String> slowed = runs.keySet().stream().filter(n -> n.startsWith("slowed")).toList();
        List<String> levels = runs.get(healthy.get(0)).levels().stream().map(LevelSample::level).toList();

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "# Latency regression detector: %d healthy runs, %d slowed runs (%s +30 %% server time)%n%n",
                healthy.size(), slowed.size(), SLOWED));
        report.append(String.format(Locale.ROOT, "Settings: min effect %.0f %%, confidence %.0f %%, block %s, at least %d blocks; "
                + "levels %s.%n%n", settings.minEffect() * 100, settings.confidence() * 100, settings.block(), settings.minBlocks(), levels));

        report.append("## 1. In time order, as the gate runs (each run against the last healthy run)\n\n");
        report.append("| run | against | flags (endpoint: change) |\n|---|---|---|\n");
        String lastGood = null;
        for (String name : runs.keySet()) {
            if (lastGood != null) {
                List<String> flags = new ArrayList<>();
                for (String level : levels) {
                    LevelComparison c = compare(detector, runs.get(name), runs.get(lastGood), level);
                    if (c == null) continue;
                    c.regressions().forEach(e -> flags.add(level + " " + e.endpoint() + " " + e.size(sensitivity.confidence())));
                    c.improvements().forEach(e -> flags.add(level + " " + e.endpoint() + " faster " + e.size(sensitivity.confidence())));
                }
                report.append("| ").append(name).append(" | ").append(lastGood).append(" | ")
                        .append(flags.isEmpty() ? "none" : String.join("<br>", flags)).append(" |\n");
            }
            if (name.startsWith("healthy")) lastGood = name;
        }

        report.append("\n## 2. Unchanged stack: every healthy run against every other healthy run\n\n");
        int comparisons = 0;
        int endpointJudgements = 0;
        List<String> falseAlarms = new ArrayList<>();
        for (String base : healthy) {
            for (String now : healthy) {
                if (base.equals(now)) continue;
                for (String level : levels) {
                    LevelComparison c = compare(detector, runs.get(now), runs.get(base), level);
                    if (c == null) continue;
                    comparisons++;
                    endpointJudgements += c.judged().size();
                    c.regressions().forEach(e -> falseAlarms.add(now + " vs " + base + " " + level + " " + e.endpoint() + " " + e.size(sensitivity.confidence())));
                    c.improvements().forEach(e -> falseAlarms.add(now + " vs " + base + " " + level + " " + e.endpoint() + " faster " + e.size(sensitivity.confidence())));
                }
            }
        }
        report.append(String.format(Locale.ROOT, "%d level comparisons, %d endpoint judgements: **%d false alarms**%n%n", comparisons,
                endpointJudgements, falseAlarms.size()));
        falseAlarms.forEach(f -> report.append("- ").append(f).append('\n'));

        report.append("\n## 3. Slowed stack: every slowed run against every healthy run\n\n");
        report.append("| level | ").append(SLOWED).append(" flagged | median size (range) | median confidence | other flags |\n|---|---|---|---|---|\n");
        for (String level : levels) {
            int flagged = 0;
            int judged = 0;
            int other = 0;
            List<Double> sizes = new ArrayList<>();
            List<Double> confidences = new ArrayList<>();
            for (String now : slowed) {
                for (String base : healthy) {
                    LevelComparison c = compare(detector, runs.get(now), runs.get(base), level);
                    if (c == null) continue;
                    for (EndpointChange e : c.endpoints()) {
                        if (e.change() == EndpointChange.Change.NOT_JUDGED) continue;
                        if (e.endpoint().equals(SLOWED)) {
                            judged++;
                            sizes.add(e.ratio());
                            confidences.add(e.confidence());
                            if (e.change() == EndpointChange.Change.SLOWER) flagged++;
                        } else if (e.change() != EndpointChange.Change.UNCHANGED) {
                            other++;
                        }
                    }
                }
            }
            sizes.sort(Double::compare);
            confidences.sort(Double::compare);
            report.append(String.format(Locale.ROOT, "| %s | %d / %d | %s (%s … %s) | %s | %d |%n", level, flagged, judged,
                    sizes.isEmpty() ? "-" : pct(sizes.get(sizes.size() / 2)), sizes.isEmpty() ? "-" : pct(sizes.get(0)),
                    sizes.isEmpty() ? "-" : pct(sizes.get(sizes.size() - 1)),
                    confidences.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f %%", confidences.get(confidences.size() / 2) * 100), other));
        }
        Path machine = out.resolve("machine.log");
        if (Files.isRegularFile(machine)) report.append("\n## Machine load during the runs\n\n```\n").append(Files.readString(machine)).append("```\n");
        System.out.println(report);
    }

    private static LevelComparison compare(RegressionDetector detector, RunRecord now, RunRecord base, String level) {
        var a = now.level(level);
        var b = base.level(level);
        return a.isPresent() && b.isPresent() ? detector.compare(a.get(), b.get()) : null;
    }

    private static String pct(double ratio) {
        return String.format(Locale.ROOT, "%+.0f %%", (ratio - 1) * 100);
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}

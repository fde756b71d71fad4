package org.carla.staging.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.carla.staging.gate.load.regression.EndpointEstimate;
import org.carla.staging.gate.load.regression.LevelSample;
import org.carla.staging.gate.load.regression.RegressionDetector;
import org.carla.staging.gate.load.regression.RunRecord;
import org.carla.staging.gate.load.regression.Sensitivity;
import org.carla.staging.gate.load.regression.Verdict;

/**
 * The offline half of bench/latency-regression: reads the runs it recorded (runs/healthy-NN.json,
 * runs/slowed-NN.json, in the order they ran) and judges them with the detector at the gate's settings
 * (staging.properties, or -D overrides):
 * <ol>
 *   <li>in time order, as the gate does: each run against the healthy runs before it (the newest
 *   staging.regression.baseline.runs; judged from staging.regression.min.baseline.runs on);</li>
 *   <li>every healthy run against the other healthy runs nearest in time (leave one out): each flag is a
 *   false alarm;</li>
 *   <li>every slowed run against the healthy runs nearest in time: is /api/reports flagged, how large, how
 *   sure; any other flag is a false alarm.</li>
 * </ol>
 */
public final class LatencyRegressionBench {
    private static final String SLOWED = "/api/reports";

    private LatencyRegressionBench() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-latency");
        RegressionConfig settings = GateConfig.read(ConfigSource.fromProcess()).regression();
        Sensitivity sensitivity = Sensitivity.of(settings.minEffect(), settings.confidence(), settings.minBlocks(),
                settings.minBaselineRuns(), settings.floorMs());
        RegressionDetector detector = new RegressionDetector(sensitivity);
        Map<String, RunRecord> runs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(out.resolve("runs"))) {
            files.filter(f -> f.toString().endsWith(".json")).sorted(Comparator.comparingLong(LatencyRegressionBench::modified))
                    .forEach(f -> runs.put(f.getFileName().toString().replace(".json", ""), BaselineStore.read(f).orElseThrow()));
        }
        List<String> order = new ArrayList<>(runs.keySet());
        List<String> healthy = order.stream().filter(n -> n.startsWith("healthy")).toList();
        List<String> slowed = order.stream().filter(n -> n.startsWith("slowed")).toList();
        List<String> levels = runs.get(healthy.get(0)).levels().stream().map(LevelSample::level).toList();
        int keep = settings.baselineRuns();
        double conf = sensitivity.confidence();

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "# Latency regression detector: %d healthy runs, %d slowed runs (%s: +30 %% of the time since nginx took the request)%n%n",
                healthy.size(), slowed.size(), SLOWED));
        report.append(String.format(Locale.ROOT, "Settings: min effect %.0f %%, confidence %.0f %%, block %s (>= %d blocks), baseline of the newest %d "
                        + "good runs (judged from %d), floor %.1f ms; levels %s.%n%n", settings.minEffect() * 100, conf * 100, settings.block(),
                settings.minBlocks(), keep, settings.minBaselineRuns(), settings.floorMs(), levels));

        report.append("## 1. In time order, as the gate runs (each run against the healthy runs before it)\n\n");
        report.append("| run | baseline runs | endpoints judged | flags |\n|---|---|---|---|\n");
        for (String name : order) {
            List<String> before = healthy.stream().filter(h -> order.indexOf(h) < order.indexOf(name)).toList();
            List<String> base = before.subList(Math.max(0, before.size() - keep), before.size());
            if (base.isEmpty()) continue;
            Tally t = judge(detector, runs, name, base, levels, conf);
            report.append("| ").append(name).append(" | ").append(base.size()).append(" | ").append(t.judged).append(" | ")
                    .append(t.flags.isEmpty() ? "none" : String.join("<br>", t.flags)).append(" |\n");
        }

        report.append("\n## 2. Unchanged stack: each healthy run against the other healthy runs nearest in time\n\n");
        int judgements = 0;
        List<String> falseAlarms = new ArrayList<>();
        for (String h : healthy) {
            Tally t = judge(detector, runs, h, nearest(order, healthy, h, keep), levels, conf);
            judgements += t.judged;
            t.flags.forEach(f -> falseAlarms.add(h + ": " + f));
        }
        report.append(String.format(Locale.ROOT, "%d runs, %d endpoint verdicts (each over all %d levels): **%d false alarms**%n%n",
                healthy.size(), judgements, levels.size(), falseAlarms.size()));
        falseAlarms.forEach(f -> report.append("- ").append(f).append('\n'));

        report.append("\n## 3. Slowed stack: each slowed run against the healthy runs nearest in time\n\n");
        report.append("| run | ").append(SLOWED).append(" verdict (all levels) | confidence | per level | other flags |\n|---|---|---|---|---|\n");
        int detected = 0;
        for (String s : slowed) {
            Verdict v = verdict(detector, runs, s, nearest(order, healthy, s, keep));
            EndpointChange target = v.endpoints().stream().filter(e -> e.endpoint().equals(SLOWED)).findFirst().orElseThrow();
            if (target.change() == EndpointChange.Change.SLOWER) detected++;
            String perLevel = v.levels().stream().map(l -> l.level() + " " + l.endpoints().stream().filter(e -> e.endpoint().equals(SLOWED))
                    .findFirst().map(EndpointEstimate::size).orElse("-")).reduce((a, b) -> a + "<br>" + b).orElse("-");
            List<String> other = new ArrayList<>();
            v.endpoints().stream().filter(e -> !e.endpoint().equals(SLOWED) && (e.change() == EndpointChange.Change.SLOWER
                    || e.change() == EndpointChange.Change.FASTER)).forEach(e -> other.add(e.endpoint() + " " + e.change() + " " + e.size()));
            report.append(String.format(Locale.ROOT, "| %s | %s %s | %s | %s | %s |%n", s, target.change(), target.size(),
                    Double.isNaN(target.confidence()) ? "-" : String.format(Locale.ROOT, "%.1f %%", target.confidence() * 100), perLevel,
                    other.isEmpty() ? "none" : String.join("<br>", other)));
        }
        report.append(String.format(Locale.ROOT, "%n**%s flagged in %d of %d slowed runs.**%n", SLOWED, detected, slowed.size()));
        Path machine = out.resolve("machine.log");
        if (Files.isRegularFile(machine)) report.append("\n## Machine load during the runs\n\n```\n").append(Files.readString(machine)).append("```\n");
        System.out.println(report);
    }

    private record Tally(int judged, List<String> flags) {
    }

    private static Tally judge(RegressionDetector detector, Map<String, RunRecord> runs, String name, List<String> base,
                               List<String> levels, double conf) {
        Verdict v = verdict(detector, runs, name, base);
        List<String> flags = new ArrayList<>();
        v.regressions().forEach(e -> flags.add(e.endpoint() + " slower " + e.size()));
        v.improvements().forEach(e -> flags.add(e.endpoint() + " faster " + e.size()));
        return new Tally(v.judged().size(), flags);
    }

    private static Verdict verdict(RegressionDetector detector, Map<String, RunRecord> runs, String name, List<String> base) {
        return detector.compare(runs.get(name).levels(), base.stream().map(runs::get).toList());
    }

    /** The {@code count} healthy runs closest in time to {@code run}, itself left out. */
    private static List<String> nearest(List<String> order, List<String> healthy, String run, int count) {
        int at = order.indexOf(run);
        return healthy.stream().filter(h -> !h.equals(run)).sorted(Comparator.comparingInt(h -> Math.abs(order.indexOf(h) - at)))
                .limit(count).toList();
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}

package org.carla.staging.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carla.staging.gate.load.Flow;
import org.carla.staging.gate.load.LoadPlan;
import org.carla.staging.gate.load.LoadResult;
import org.carla.staging.gate.load.LoadRunner;
import org.carla.staging.gate.load.Scenario;
import org.carla.staging.gate.load.Step;
import org.carla.staging.gate.load.report.SummaryTable;
import org.carla.staging.gate.load.wire.TransportKind;

/**
 * Is the engine a fair load generator? Drives one URL at the same concurrency with the engine (closed
 * model) and with wrk, one after the other, and prints engine/wrk throughput and median ratios plus the
 * engine's heap. Not a test: its figures depend on the machine. Run it with {@code bench/engine-vs-wrk}.
 *
 * <p>Arguments: {@code url [users,users,...] [seconds] [wrk-binary]}; defaults
 * {@code http://127.0.0.1:3001/ 10,50 10 wrk}. The engine's transport is {@code -Dload.transport=event_loop} (default),
 * {@code socket} or {@code jdk}, e.g. {@code BENCH_JAVA_OPTS=-Dload.transport=jdk bench/engine-vs-wrk ...}.
 */
public final class LoadBenchmark {
    private static final int WARM_UP_SECONDS = 3;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:3001/");
        List<Integer> levels = new ArrayList<>();
        for (String users : (args.length > 1 ? args[1] : "10,50").split(",")) {
            levels.add(Integer.parseInt(users.strip()));
        }
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String wrk = args.length > 3 ? args[3] : "wrk";
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        URI base = URI.create(url.getScheme() + "://" + url.getRawAuthority());
        Scenario scenario = Scenario.of(Flow.of("get", Step.get(path)));
        TransportKind transport = TransportKind.valueOf(System.getProperty("load.transport", "event_loop").toUpperCase(Locale.ROOT));

        List<String> lines = new ArrayList<>();
        List<Integer> threadCounts = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-6s %12s %12s %7s %10s %10s %7s %10s %10s %7s %12s %14s", "users", "engine rps", "wrk rps",
                "ratio", "engine p50", "wrk p50", "ratio", "engine avg", "wrk avg", "ratio", "heap peak", "heap after GC"));
        for (int users : levels) {
            LoadPlan plan = LoadPlan.closed(users + " users", scenario).users(users)
                    .duration(Duration.ofSeconds(seconds + WARM_UP_SECONDS)).warmUp(Duration.ofSeconds(WARM_UP_SECONDS))
                    .requestTimeout(Duration.ofSeconds(10)).build();
            System.gc();
            LoadResult engine;
            HeapSampler heap = new HeapSampler();
            try (heap) {
                engine = new LoadRunner(base, transport).run(plan);
            }
            System.out.println(SummaryTable.text(engine));
            // As many wrk threads as the engine runs: both then leave the server the same share of the cores.
            int threads = transport == TransportKind.EVENT_LOOP ? LoadRunner.eventLoopThreads(users) : cores;
            threadCounts.add(threads);
            WrkRun.run(wrk, url.toString(), users, threads, 1);
            WrkRun reference = WrkRun.run(wrk, url.toString(), users, threads, seconds);
            System.out.println(reference.output());
            double rps = engine.overall().requestRate();
            double p50 = engine.overall().duration().med();
            double avg = engine.overall().duration().avg();
            lines.add(String.format(Locale.ROOT, "%-6d %12.0f %12.0f %7.2f %8.3fms %8.3fms %7.2f %8.3fms %8.3fms %7.2f %10.1fMiB %12.1fMiB",
                    users, rps, reference.requestsPerSecond(), rps / reference.requestsPerSecond(), p50, reference.p50Millis(),
                    p50 / reference.p50Millis(), avg, reference.avgMillis(), avg / reference.avgMillis(), heap.peakUsedBytes() / 1048576.0, heap.peakAfterGcBytes() / 1048576.0));
            if (engine.overall().failures() > 0) {
                lines.add("       engine failures: " + engine.overall().failureReasons());
            }
        }
        System.out.printf(Locale.ROOT, "%nengine (%s transport) vs wrk, %s, %d s per run, wrk threads %s, max heap %.0f MiB%n", transport,
                url, seconds, threadCounts, Runtime.getRuntime().maxMemory() / 1048576.0);
        lines.forEach(System.out::println);
    }
}

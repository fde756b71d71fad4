package org.carla.staging.gate.load.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.carla.staging.gate.load.EndpointStats;
import org.carla.staging.gate.load.LoadResult;

/** The standard charts of a load sweep, one point per level, in the order the levels ran. */
public final class LoadCharts {
    private static final String X_TITLE = "load level";

    private LoadCharts() {
    }

    /** p50, p90, p95 and p99 of all requests against the level. */
    public static String latencyPercentiles(List<LoadResult> results) {
        Map<String, List<SvgChart.Point>> series = new LinkedHashMap<>();
        series.put("p50", points(results, r -> r.overall().duration().med()));
        series.put("p90", points(results, r -> r.overall().duration().p90()));
        series.put("p95", points(results, r -> r.overall().duration().p95()));
        series.put("p99", points(results, r -> r.overall().duration().p99()));
        return SvgChart.line("Latency percentiles vs load", X_TITLE, "http_req_duration (ms)", series);
    }

    /** Requests per second served, overall and failed. */
    public static String throughput(List<LoadResult> results) {
        Map<String, List<SvgChart.Point>> series = new LinkedHashMap<>();
        series.put("http_reqs/s", points(results, r -> r.overall().requestRate()));
        series.put("failed/s", points(results, r -> r.overall().requestRate() * r.overall().failedRate()));
        return SvgChart.line("Throughput vs load", X_TITLE, "requests per second", series);
    }

    /** One line per endpoint at the given percentile, to show which route degrades first. */
    public static String endpointLatency(List<LoadResult> results, double percentile) {
        Map<String, List<SvgChart.Point>> series = new LinkedHashMap<>();
        for (LoadResult result : results) {
            for (EndpointStats stats : result.endpoints()) {
                series.computeIfAbsent(stats.endpoint(), e -> new ArrayList<>())
                        .add(new SvgChart.Point(result.plan().levelLabel(), stats.percentileMs(percentile)));
            }
        }
        String p = "p(" + Markup.number(percentile) + ")";
        return SvgChart.line(p + " latency per endpoint vs load", X_TITLE, p + " (ms)", series);
    }

    static List<SvgChart.Point> points(List<LoadResult> results, ToDoubleFunction<LoadResult> figure) {
        List<SvgChart.Point> points = new ArrayList<>();
        results.forEach(r -> points.add(new SvgChart.Point(r.plan().levelLabel(), figure.applyAsDouble(r))));
        return points;
    }
}

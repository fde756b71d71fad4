package org.carla.staging.gate.load.report;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.carla.staging.gate.load.LoadResult;

/**
 * Several levels side by side: one column per level, one row per k6 metric, then the latency and
 * throughput charts and the per-endpoint table. A self-contained HTML fragment (inline SVG).
 */
public final class LevelComparison {
    private LevelComparison() {
    }

    public static String html(List<LoadResult> results) {
        StringBuilder out = new StringBuilder("<div class=\"load-comparison\">\n<table class=\"load-levels\">\n<thead><tr><th>metric</th>");
        results.forEach(r -> out.append("<th>").append(Markup.escape(r.plan().name() + " (" + r.plan().levelLabel() + ")")).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        row(out, results, "http_reqs", r -> String.valueOf(r.overall().requests()));
        row(out, results, "http_reqs rate", r -> String.format(Locale.ROOT, "%.1f/s", r.overall().requestRate()));
        row(out, results, "http_req_failed", r -> Markup.percent(r.overall().failedRate()));
        row(out, results, "http_req_duration avg", r -> Markup.ms(r.overall().duration().avg()));
        row(out, results, "http_req_duration med", r -> Markup.ms(r.overall().duration().med()));
        row(out, results, "http_req_duration p(90)", r -> Markup.ms(r.overall().duration().p90()));
        row(out, results, "http_req_duration p(95)", r -> Markup.ms(r.overall().duration().p95()));
        row(out, results, "http_req_duration p(99)", r -> Markup.ms(r.overall().duration().p99()));
        row(out, results, "http_req_duration max", r -> Markup.ms(r.overall().duration().max()));
        row(out, results, "iterations", r -> r.iterations() + String.format(Locale.ROOT, " (%.1f/s)", r.iterationRate()));
        row(out, results, "dropped_iterations", r -> String.valueOf(r.droppedIterations()));
        row(out, results, "late_iterations", r -> String.valueOf(r.lateIterations()));
        row(out, results, "data_received", r -> Markup.bytes(r.overall().bytesReceived()));
        row(out, results, "vus / vus_max", r -> r.vus() + " / " + r.vusMax());
        out.append("</tbody>\n</table>\n");
        out.append(LoadCharts.latencyPercentiles(results));
        out.append(LoadCharts.throughput(results));
        out.append(SummaryTable.html(results));
        return out.append("</div>\n").toString();
    }

    private static void row(StringBuilder out, List<LoadResult> results, String metric, Function<LoadResult, String> cell) {
        out.append("<tr><th>").append(Markup.escape(metric)).append("</th>");
        results.forEach(r -> out.append("<td>").append(Markup.escape(cell.apply(r))).append("</td>"));
        out.append("</tr>\n");
    }
}

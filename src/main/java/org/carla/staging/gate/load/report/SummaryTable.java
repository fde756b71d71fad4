package org.carla.staging.gate.load.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carla.staging.gate.load.EndpointStats;
import org.carla.staging.gate.load.Latency;
import org.carla.staging.gate.load.LoadPlan;
import org.carla.staging.gate.load.LoadResult;
import org.carla.staging.gate.load.ThresholdVerdict;

/**
 * The figures as tables: k6's end-of-test summary for one level, and one row per level and endpoint for
 * a sweep, as Markdown (readable as plain text) or as an HTML fragment.
 */
public final class SummaryTable {
    private static final List<String> COLUMNS = List.of("level", "endpoint", "http_reqs", "req/s", "http_req_failed", "avg", "med",
            "p(90)", "p(95)", "p(99)", "max", "data_received");

    private SummaryTable() {
    }

    /** Like k6's summary: one metric a line, dotted up to the value, endpoints under http_req_duration. */
    public static String text(LoadResult result) {
        LoadPlan plan = result.plan();
        EndpointStats all = result.overall();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "  %s (%s, %s, %s measured after %ss warm-up)%n", plan.name(),
                plan.model().name().toLowerCase(Locale.ROOT), plan.levelLabel(), Markup.number(result.measuredSeconds()) + "s",
                Markup.number(plan.warmUp().toMillis() / 1000.0)));
        line(out, "data_received", Markup.bytes(all.bytesReceived()) + "  " + Markup.bytes(all.bytesReceivedRate()) + "/s");
        line(out, "dropped_iterations", result.droppedIterations() + "  " + rate(result.droppedIterations(), result));
        line(out, "http_req_duration", latency(all.duration()));
        for (EndpointStats e : result.endpoints()) {
            line(out, "  { endpoint:" + e.endpoint() + " }", latency(e.duration()));
        }
        line(out, "http_req_failed", Markup.percent(all.failedRate()) + "  " + all.failures() + " out of " + all.requests());
        for (EndpointStats e : result.endpoints()) {
            if (e.failures() > 0) {
                line(out, "  { endpoint:" + e.endpoint() + " }", Markup.percent(e.failedRate()) + "  " + e.failureReasons());
            }
        }
        line(out, "http_reqs", all.requests() + "  " + String.format(Locale.ROOT, "%.1f/s", all.requestRate()));
        line(out, "iterations", result.iterations() + "  " + String.format(Locale.ROOT, "%.1f/s", result.iterationRate()));
        line(out, "late_iterations", result.lateIterations() + "  " + rate(result.lateIterations(), result));
        line(out, "vus", String.valueOf(result.vus()));
        line(out, "vus_max", String.valueOf(result.vusMax()));
        return out.toString();
    }

    /** ✓/✗ per threshold, k6-like. */
    public static String verdicts(List<ThresholdVerdict> verdicts) {
        StringBuilder out = new StringBuilder();
        verdicts.forEach(v -> out.append(v.passed() ? "  ✓ " : "  ✗ ").append(v.message()).append('\n'));
        return out.toString();
    }

    public static String markdown(List<LoadResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", COLUMNS)).append(" |\n");
        out.append("|").append("---|".repeat(COLUMNS.size())).append('\n');
        rows(results).forEach(row -> out.append("| ")
                .append(String.join(" | ", row.stream().map(cell -> cell.replace("|", "\\|")).toList())).append(" |\n"));
        return out.toString();
    }

    public static String html(List<LoadResult> results) {
        StringBuilder out = new StringBuilder("<table class=\"load-summary\">\n<thead><tr>");
        COLUMNS.forEach(c -> out.append("<th>").append(Markup.escape(c)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows(results)) {
            boolean overall = EndpointStats.ALL.equals(row.get(1));
            out.append(overall ? "<tr style=\"font-weight:bold\">" : "<tr>");
            row.forEach(cell -> out.append("<td>").append(Markup.escape(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    private static List<List<String>> rows(List<LoadResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (LoadResult result : results) {
            rows.add(row(result.plan().levelLabel(), result.overall()));
            result.endpoints().forEach(e -> rows.add(row(result.plan().levelLabel(), e)));
        }
        return rows;
    }

    private static List<String> row(String level, EndpointStats e) {
        Latency d = e.duration();
        return List.of(level, e.endpoint(), String.valueOf(e.requests()), String.format(Locale.ROOT, "%.1f", e.requestRate()),
                Markup.percent(e.failedRate()), Markup.ms(d.avg()), Markup.ms(d.med()), Markup.ms(d.p90()), Markup.ms(d.p95()),
                Markup.ms(d.p99()), Markup.ms(d.max()), Markup.bytes(e.bytesReceived()));
    }

    private static String latency(Latency d) {
        return "avg=" + Markup.ms(d.avg()) + " min=" + Markup.ms(d.min()) + " med=" + Markup.ms(d.med()) + " p(90)=" + Markup.ms(d.p90())
                + " p(95)=" + Markup.ms(d.p95()) + " p(99)=" + Markup.ms(d.p99()) + " max=" + Markup.ms(d.max());
    }

    private static String rate(long count, LoadResult result) {
        return String.format(Locale.ROOT, "%.2f/s", result.measuredSeconds() > 0 ? count / result.measuredSeconds() : 0);
    }

    private static void line(StringBuilder out, String name, String value) {
        int dots = Math.max(2, 44 - name.length());
        out.append("    ").append(name).append(".".repeat(dots)).append(": ").append(value).append('\n');
    }
}

package org.carla.staging.gate.load.regression;

import java.util.Locale;
import java.util.stream.Collectors;
import org.carla.staging.gate.report.Html;

/** A run's latency against its baseline as the report shows it: the verdict per endpoint, then each level's estimates. */
public final class RegressionReport {
    private RegressionReport() {
    }

    private static String intro(Verdict verdict) {
        Sensitivity s = verdict.sensitivity();
        return String.format(Locale.ROOT, "Each endpoint is measured against its peers block by block and judged against its own "
                        + "run-to-run noise in the baseline's good runs, all levels weighed by their noise. A change is called when it is at "
                        + "least %.0f %% and outside the %.0f %% interval of that noise (Bonferroni over the endpoints judged).",
                s.minEffect() * 100, s.confidence() * 100);
    }

    public static String text(Verdict verdict, String baselineSource) {
        StringBuilder out = new StringBuilder("against " + baselineSource + "\n" + intro(verdict) + "\n\n");
        out.append(String.format(Locale.ROOT, "%-24s %-11s %-34s %10s  %s%n", "endpoint", "verdict", "change vs peers (all levels)", "confidence", "note"));
        for (EndpointChange e : verdict.endpoints()) {
            out.append(String.format(Locale.ROOT, "%-24s %-11s %-34s %10s  %s%n", e.endpoint(), verdict(e), e.size(),
                    Double.isNaN(e.confidence()) ? "-" : String.format(Locale.ROOT, "%.1f %%", e.confidence() * 100),
                    (e.peers().isEmpty() ? "" : "vs " + String.join(" + ", e.peers()) + "; ") + e.note()));
        }
        for (LevelComparison level : verdict.levels()) {
            out.append(String.format(Locale.ROOT, "%n%s (level drift x%.2f, not judged: machine load or the whole build)%n", level.level(), level.drift()));
            out.append(String.format(Locale.ROOT, "  %-24s %8s %8s  %-28s %s%n", "endpoint", "base ms", "now ms", "change vs peers", "note"));
            for (EndpointEstimate e : level.endpoints()) {
                out.append(String.format(Locale.ROOT, "  %-24s %8.1f %8.1f  %-28s %s%n", e.endpoint(), e.baselineMedianMs(), e.currentMedianMs(),
                        e.size(), e.note()));
            }
        }
        return out.toString();
    }

    public static String html(Verdict verdict, String baselineSource) {
        String rows = verdict.endpoints().stream().map(e -> String.format(Locale.ROOT,
                        "<tr style=\"background:%s\"><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>",
                        colour(e), Html.escape(e.endpoint()), verdict(e), Html.escape(e.size()),
                        Double.isNaN(e.confidence()) ? "-" : String.format(Locale.ROOT, "%.1f %%", e.confidence() * 100),
                        Html.escape(String.join(" + ", e.peers())), Html.escape(e.note())))
                .collect(Collectors.joining("\n"));
        StringBuilder levels = new StringBuilder();
        for (LevelComparison level : verdict.levels()) {
            levels.append(String.format(Locale.ROOT, "<h4>%s (level drift ×%.2f, not judged)</h4>", Html.escape(level.level()), level.drift()))
                    .append("<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\"><tr><th>endpoint</th><th>baseline median ms</th>"
                            + "<th>median ms</th><th>change vs peers</th><th>note</th></tr>");
            for (EndpointEstimate e : level.endpoints()) {
                levels.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%.1f</td><td>%.1f</td><td>%s</td><td>%s</td></tr>",
                        Html.escape(e.endpoint()), e.baselineMedianMs(), e.currentMedianMs(), Html.escape(e.size()), Html.escape(e.note())));
            }
            levels.append("</table>");
        }
        return "<html><body style=\"font-family:sans-serif\"><h3>Latency against " + Html.escape(baselineSource) + "</h3><p>"
                + Html.escape(intro(verdict)) + "</p><table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr>"
                + "<th>endpoint</th><th>verdict</th><th>change vs peers (all levels)</th><th>confidence</th><th>peers</th><th>note</th></tr>\n"
                + rows + "</table>" + levels + "</body></html>";
    }

    private static String verdict(EndpointChange e) {
        return switch (e.change()) {
            case SLOWER -> "REGRESSION";
            case FASTER -> "faster";
            case UNCHANGED -> "same";
            case NOT_JUDGED -> "not judged";
        };
    }

    private static String colour(EndpointChange e) {
        return switch (e.change()) {
            case SLOWER -> "#f8d7da";
            case FASTER -> "#d4edda";
            case NOT_JUDGED -> "#f2f2f2";
            default -> "white";
        };
    }
}

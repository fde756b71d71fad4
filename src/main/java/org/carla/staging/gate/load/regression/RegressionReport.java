package org.carla.staging.gate.load.regression;

import java.util.Locale;
import java.util.stream.Collectors;
import org.carla.staging.gate.report.Html;

/** A level's comparison as the report shows it: a table per endpoint and the level's drift. */
public final class RegressionReport {
    private RegressionReport() {
    }

    public static String text(LevelComparison comparison, String baselineSource) {
        double conf = comparison.sensitivity().confidence();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s against %s%n", comparison.level(), baselineSource));
        out.append(String.format(Locale.ROOT, "level drift (every endpoint alike: machine load or the build): x%.2f (%.0f %% CI x%.2f … x%.2f), taken out below%n",
                comparison.drift(), conf * 100, comparison.driftLow(), comparison.driftHigh()));
        out.append(String.format(Locale.ROOT, "called a change: interval excludes 0 and size >= %.0f %%%n%n", comparison.sensitivity().minEffect() * 100));
        out.append(String.format(Locale.ROOT, "%-26s %-10s %8s %8s  %-26s %10s  %s%n", "endpoint", "verdict", "base ms", "now ms",
                "change (drift taken out)", "confidence", "blocks now/base"));
        for (EndpointChange e : comparison.endpoints()) {
            if (e.change() == EndpointChange.Change.NOT_JUDGED) {
                out.append(String.format(Locale.ROOT, "%-26s %-10s %s%n", e.endpoint(), "-", e.note()));
                continue;
            }
            out.append(String.format(Locale.ROOT, "%-26s %-10s %8.1f %8.1f  %-26s %9.1f%%  %d/%d%n", e.endpoint(), verdict(e),
                    e.baselineMedianMs(), e.currentMedianMs(), e.size(conf), e.confidence() * 100, e.currentBlocks(), e.baselineBlocks()));
        }
        return out.toString();
    }

    public static String html(LevelComparison comparison, String baselineSource) {
        double conf = comparison.sensitivity().confidence();
        String rows = comparison.endpoints().stream().map(e -> e.change() == EndpointChange.Change.NOT_JUDGED
                ? "<tr><td>" + Html.escape(e.endpoint()) + "</td><td>-</td><td colspan=\"5\">" + Html.escape(e.note()) + "</td></tr>"
                : String.format(Locale.ROOT, "<tr style=\"background:%s\"><td>%s</td><td>%s</td><td>%.1f</td><td>%.1f</td><td>%s</td><td>%.1f %%</td><td>%d / %d</td></tr>",
                        colour(e), Html.escape(e.endpoint()), verdict(e), e.baselineMedianMs(), e.currentMedianMs(), Html.escape(e.size(conf)),
                        e.confidence() * 100, e.currentBlocks(), e.baselineBlocks()))
                .collect(Collectors.joining("\n"));
        return "<html><body style=\"font-family:sans-serif\"><h3>" + Html.escape(comparison.level()) + " against "
                + Html.escape(baselineSource) + "</h3>"
                + String.format(Locale.ROOT, "<p>Level drift (every endpoint alike): ×%.2f (%.0f %% CI ×%.2f … ×%.2f), taken out. "
                        + "A change is called when its interval excludes no change and it is at least %.0f %%.</p>",
                comparison.drift(), conf * 100, comparison.driftLow(), comparison.driftHigh(), comparison.sensitivity().minEffect() * 100)
                + "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th>endpoint</th><th>verdict</th>"
                + "<th>baseline median ms</th><th>median ms</th><th>change</th><th>confidence</th><th>blocks now / baseline</th></tr>\n"
                + rows + "</table></body></html>";
    }

    private static String verdict(EndpointChange e) {
        return switch (e.change()) {
            case SLOWER -> "REGRESSION";
            case FASTER -> "faster";
            case UNCHANGED -> "same";
            case NOT_JUDGED -> "-";
        };
    }

    private static String colour(EndpointChange e) {
        return switch (e.change()) {
            case SLOWER -> "#f8d7da";
            case FASTER -> "#d4edda";
            default -> "white";
        };
    }
}

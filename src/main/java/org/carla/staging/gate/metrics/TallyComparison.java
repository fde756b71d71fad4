package org.carla.staging.gate.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The application's request metrics, read now, held against the gate's {@link RequestTally} since the run
 * began: its request counter and its duration histogram's count must each have risen by the requests the
 * gate sent, within the allowed difference.
 *
 * @param uncountedTraffic whether traffic the gate causes but cannot count one by one (the browser's page
 *                         loads) may have happened yet: it widens the allowed difference by the settings' requests
 */
public record TallyComparison(RequestTally tally, RequestFigures now, boolean uncountedTraffic) {

    /** Where the two sides disagree, one line each; empty when they agree. */
    public List<String> disagreements() {
        if (tally.baseline().isEmpty()) return List.of("the app's metrics could not be read when the run began: " + tally.baselineProblem());
        RequestFigures baseline = tally.baseline().get();
        if (!now.usable() || !baseline.usable()) {
            return List.of("the app's /metrics lacks " + now.since(baseline).missing() + " (contract \"Metrics\")");
        }
        RequestFigures rose = now.since(baseline);
        long sent = tally.sent();
        long allowed = tally.settings().allowedDifference(sent, uncountedTraffic);
        List<String> problems = new ArrayList<>();
        if (Math.abs(rose.requests() - sent) > allowed) {
            problems.add(String.format(Locale.ROOT, "request counter %s rose by %.0f, the gate sent %d (allowed difference %d)",
                    tally.settings().counter(), rose.requests(), sent, allowed));
        }
        if (Math.abs(rose.observations() - sent) > allowed) {
            problems.add(String.format(Locale.ROOT, "duration histogram %s_count rose by %.0f, the gate sent %d (allowed difference %d)",
                    tally.settings().histogram(), rose.observations(), sent, allowed));
        }
        return problems;
    }

    /** Both sides per route, for the report: what the gate sent and what the app counted since the run began. */
    public String breakdown() {
        StringBuilder text = new StringBuilder("since ").append(tally.startedAt()).append('\n').append(tally.exclusions()).append("\n\n");
        text.append("gate: ").append(tally.sent()).append(" requests\n");
        tally.sentByRoute().forEach((route, n) -> text.append("  ").append(n).append("  ").append(route).append('\n'));
        tally.baseline().ifPresent(baseline -> {
            RequestFigures rose = now.since(baseline);
            text.append("\napp: ").append(rose).append('\n');
            rose.byEndpoint().forEach((endpoint, n) -> text.append(String.format(Locale.ROOT, "  %.0f  %s%n", n, endpoint)));
        });
        return text.toString();
    }
}

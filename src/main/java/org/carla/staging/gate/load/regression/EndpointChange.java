package org.carla.staging.gate.load.regression;

import java.util.List;
import java.util.Locale;

/**
 * The verdict on one endpoint over all load levels against the baseline runs.
 *
 * @param ratio      this run against the baseline, relative to the endpoint's peers, all levels weighed by their noise
 *                   (1.31: 31 % slower); NaN when there is no estimate
 * @param low        lower bound of its interval at the run's confidence (NaN when not judged)
 * @param high       upper bound
 * @param confidence how sure the detector is that it is slower (for FASTER: faster), from the noise model
 * @param levels     the levels whose estimates were weighed
 */
public record EndpointChange(String endpoint, Change change, double ratio, double low, double high, double confidence,
                             List<String> levels, List<String> peers, int baselineRuns, String note) {

    public enum Change { SLOWER, FASTER, UNCHANGED, NOT_JUDGED }

    public EndpointChange {
        levels = List.copyOf(levels);
        peers = List.copyOf(peers);
    }

    /** "+31 % (interval +12 % .. +53 %)", or "-". */
    public String size() {
        if (Double.isNaN(ratio)) return "-";
        if (Double.isNaN(low)) return percent(ratio) + " (estimate)";
        return String.format(Locale.ROOT, "%s (interval %s .. %s)", percent(ratio), percent(low), percent(high));
    }

    /** One line for logs and the summary. */
    public String describe() {
        if (change == Change.NOT_JUDGED) return endpoint + ": not judged (" + note + ")";
        String word = switch (change) {
            case SLOWER -> "slower";
            case FASTER -> "faster";
            default -> "no change";
        };
        return String.format(Locale.ROOT, "%s: %s %s, confidence %.1f %% (levels %s; against %s; %d baseline runs)", endpoint, word,
                size(), confidence * 100, String.join(", ", levels), peers.isEmpty() ? "itself" : String.join(" + ", peers), baselineRuns);
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%+.0f %%", (ratio - 1) * 100);
    }
}

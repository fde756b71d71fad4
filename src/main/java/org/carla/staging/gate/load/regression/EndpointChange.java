package org.carla.staging.gate.load.regression;

import java.util.Locale;

/**
 * One endpoint at one level against its baseline.
 *
 * @param ratio      current / baseline median latency, the level's common drift taken out (1.31: 31 % slower)
 * @param low        lower bound of the ratio's confidence interval
 * @param high       upper bound
 * @param confidence how sure the detector is of the direction of {@code change}: the share of bootstrap resamples
 *                   in which the ratio lies on that side of 1 (for UNCHANGED: on the side of the point estimate)
 * @param rawRatio   current / baseline median before the drift is taken out
 */
public record EndpointChange(String endpoint, Change change, double ratio, double low, double high, double confidence,
                             double rawRatio, double currentMedianMs, double baselineMedianMs, int currentBlocks,
                             int baselineBlocks, String note) {

    public enum Change { SLOWER, FASTER, UNCHANGED, NOT_JUDGED }

    static EndpointChange notJudged(String endpoint, int currentBlocks, int baselineBlocks, String why) {
        return new EndpointChange(endpoint, Change.NOT_JUDGED, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, currentBlocks, baselineBlocks, why);
    }

    /** "+31 % (95 % CI +22 … +40 %)" */
    public String size(double confidenceLevel) {
        if (change == Change.NOT_JUDGED) return "not judged";
        return String.format(Locale.ROOT, "%s (%.0f %% CI %s … %s)", percent(ratio), confidenceLevel * 100, percent(low), percent(high));
    }

    /** One line for logs and the summary. */
    public String describe(String level, double confidenceLevel) {
        if (change == Change.NOT_JUDGED) return level + " " + endpoint + ": not judged (" + note + ")";
        String word = switch (change) {
            case SLOWER -> "slower";
            case FASTER -> "faster";
            default -> "no change";
        };
        return String.format(Locale.ROOT, "%s %s: %s %s, confidence %.1f %%; median %.1f -> %.1f ms", level, endpoint, word,
                size(confidenceLevel), confidence * 100, baselineMedianMs, currentMedianMs);
    }

    static String percent(double ratio) {
        double p = (ratio - 1) * 100;
        return String.format(Locale.ROOT, "%+.0f %%", p);
    }
}

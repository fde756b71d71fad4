package org.carla.staging.gate.load.regression;

import java.util.List;
import java.util.Locale;

/**
 * One endpoint at one level against the baseline runs: the estimate, not yet a verdict (the verdict weighs all
 * levels, see {@link RegressionDetector#judge}).
 *
 * @param logChange log of (this run / the baseline runs' mean), relative to the endpoint's peers; NaN: no estimate
 * @param noise     the standard deviation that change would have without a real change: the baseline's run-to-run
 *                  spread and this run's own block-to-block spread; NaN when the noise is unknown
 * @param peers     the endpoints it is measured against, block by block (empty: on its own)
 * @param note      why it has no estimate or no noise, else empty
 */
public record EndpointEstimate(String endpoint, double logChange, double noise, double currentMedianMs, double baselineMedianMs,
                               int baselineRuns, List<String> peers, String note) {

    public EndpointEstimate {
        peers = List.copyOf(peers);
    }

    /** An estimate with a known noise: it counts towards the verdict. */
    public boolean judged() {
        return !Double.isNaN(logChange) && !Double.isNaN(noise);
    }

    public double ratio() {
        return Math.exp(logChange);
    }

    /** "+31 % ± 12 %" (the ± is one noise standard deviation), or the bare estimate, or "-". */
    public String size() {
        if (Double.isNaN(logChange)) return "-";
        String estimate = EndpointChange.percent(ratio());
        return judged() ? String.format(Locale.ROOT, "%s (noise ±%.0f %%)", estimate, (Math.exp(noise) - 1) * 100) : estimate + " (estimate)";
    }
}

package org.carla.staging.gate.load.regression;

/**
 * How sure and how large a change must be before the detector calls it one.
 *
 * @param minEffect        the smallest change reported, as a fraction (0.2: 20 % slower, or faster by the same factor)
 * @param confidence       two-sided confidence the change must have against the noise (0.95)
 * @param minBlocks        the fewest usable time blocks an endpoint needs in a run to be judged at all
 * @param minBlockRequests requests a time block needs for its median to count
 * @param minBaselineRuns  good runs the baseline needs before an endpoint's run-to-run noise is known and it is judged
 * @param floorMs          endpoints whose baseline median is below this are not judged (scheduler jitter, not the app)
 * @param noiseFloor       the smallest run-to-run spread assumed (log scale; 0.03 ≈ 3 %), so a baseline that happened
 *                         to agree with itself does not make every small change significant
 * @param resamples        bootstrap resamples of the current run's time blocks
 */
public record Sensitivity(double minEffect, double confidence, int minBlocks, int minBlockRequests, int minBaselineRuns,
                          double floorMs, double noiseFloor, int resamples) {

    public Sensitivity {
        if (!(minEffect > 0 && minEffect < 1)) throw new IllegalArgumentException("minEffect must be in (0, 1): " + minEffect);
        if (!(confidence >= 0.5 && confidence < 1)) throw new IllegalArgumentException("confidence must be in [0.5, 1): " + confidence);
        if (minBlocks < 3 || minBlockRequests < 1 || minBaselineRuns < 2 || resamples < 100 || floorMs < 0 || noiseFloor < 0) {
            throw new IllegalArgumentException("need minBlocks >= 3, minBlockRequests >= 1, minBaselineRuns >= 2, resamples >= 100");
        }
    }

    public static Sensitivity of(double minEffect, double confidence, int minBlocks, int minBaselineRuns, double floorMs) {
        return new Sensitivity(minEffect, confidence, minBlocks, 3, minBaselineRuns, floorMs, 0.03, 500);
    }
}

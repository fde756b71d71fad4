package org.carla.staging.gate.load.regression;

/**
 * How sure and how large a change must be before the detector calls it one.
 *
 * @param minEffect        the smallest change reported, as a fraction (0.2: 20 % slower, or faster by the same factor)
 * @param confidence       the two-sided confidence of the interval that must exclude "no change" (0.95)
 * @param minBlocks        the fewest usable time blocks an endpoint needs in both runs to be judged at all
 * @param minBlockRequests requests a time block needs for its median to count
 * @param resamples        bootstrap resamples (2000 gives stable 95 % bounds)
 */
public record Sensitivity(double minEffect, double confidence, int minBlocks, int minBlockRequests, int resamples) {

    public Sensitivity {
        if (!(minEffect > 0 && minEffect < 1)) throw new IllegalArgumentException("minEffect must be in (0, 1): " + minEffect);
        if (!(confidence >= 0.5 && confidence < 1)) throw new IllegalArgumentException("confidence must be in [0.5, 1): " + confidence);
        if (minBlocks < 3 || minBlockRequests < 1 || resamples < 200) {
            throw new IllegalArgumentException("need minBlocks >= 3, minBlockRequests >= 1, resamples >= 200");
        }
    }

    public static Sensitivity of(double minEffect, double confidence, int minBlocks) {
        return new Sensitivity(minEffect, confidence, minBlocks, 3, 2000);
    }
}

package org.carla.staging.gate.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Latency regression against the last good run: where baselines live, what a flagged regression does
 * (WARN: a report entry that is not green; FAIL: a failed test; IGNORE: not compared), the smallest
 * change worth flagging, the confidence a flag needs, the time block latencies are taken in, how many good
 * runs the baseline keeps and needs (their spread is the run-to-run noise), the latency floor under which an
 * endpoint is not judged, and the machine name of the baseline key (empty: host name and cores).
 */
public record RegressionConfig(Enforcement enforcement, Path baselineDir, double minEffect, double confidence,
                               Duration block, int minBlocks, int baselineRuns, int minBaselineRuns, double floorMs,
                               Optional<String> machine, boolean accept) {

    static RegressionConfig read(Settings s, Path projectDir) {
        double minEffect = s.fraction("staging.regression.min.effect");
        double confidence = s.fraction("staging.regression.confidence");
        if (confidence < 0.5) {
            throw new ConfigException("staging.regression.confidence", confidence + " is below 0.5", "give e.g. 0.95");
        }
        int minBlocks = s.positiveInt("staging.regression.min.blocks");
        if (minBlocks < 3) {
            throw new ConfigException("staging.regression.min.blocks", minBlocks + " blocks cannot show noise", "give 3 or more, e.g. 5");
        }
        int minRuns = s.positiveInt("staging.regression.min.baseline.runs");
        int keep = s.positiveInt("staging.regression.baseline.runs");
        if (minRuns < 2 || keep < minRuns) {
            throw new ConfigException("staging.regression.min.baseline.runs", "needs 2 or more good runs, and no more than "
                    + "staging.regression.baseline.runs (" + keep + ") keeps: got " + minRuns, "give e.g. 3 (and keep 5)");
        }
        double floor = s.nonNegative("staging.regression.floor.ms");
        return new RegressionConfig(s.choice("staging.regression.enforcement", Enforcement.class),
                s.location("staging.regression.baseline.dir", projectDir), minEffect, confidence,
                s.duration("staging.regression.block"), minBlocks, keep, minRuns, floor, s.optional("staging.regression.machine"),
                s.flag("staging.regression.accept"));
    }
}

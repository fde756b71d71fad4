package org.carla.staging.gate.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Latency regression against the last good run: where baselines live, what a flagged regression does
 * (WARN: a report entry that is not green; FAIL: a failed test; IGNORE: not compared), the smallest
 * change worth flagging, the confidence a flag needs, the time block the noise is measured over, and
 * the machine name of the baseline key (empty: host name and cores).
 */
public record RegressionConfig(Enforcement enforcement, Path baselineDir, double minEffect, double confidence,
                               Duration block, int minBlocks, Optional<String> machine, boolean accept) {

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
        return new RegressionConfig(s.choice("staging.regression.enforcement", Enforcement.class),
                s.location("staging.regression.baseline.dir", projectDir), minEffect, confidence,
                s.duration("staging.regression.block"), minBlocks, s.optional("staging.regression.machine"),
                s.flag("staging.regression.accept"));
    }
}

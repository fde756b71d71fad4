package org.carla.staging.gate.load.regression;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run's load levels as stored: when, for which key, which build (image ids and the like, to say what a
 * baseline was), and each level's sample.
 *
 * @param format the file format's version (readers refuse others)
 */
public record RunRecord(int format, String recordedAt, String key, Map<String, String> build, List<LevelSample> levels) {
    public static final int FORMAT = 1;

    public RunRecord {
        build = Map.copyOf(build);
        levels = List.copyOf(levels);
    }

    public Optional<LevelSample> level(String name) {
        return levels.stream().filter(l -> l.level().equals(name)).findFirst();
    }
}

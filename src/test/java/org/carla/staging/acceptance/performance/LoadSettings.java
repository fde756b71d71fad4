package org.carla.staging.acceptance.performance;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carla.staging.gate.config.ConfigException;
import org.carla.staging.gate.config.GateConfig;

/**
 * The load levels and their k6-style thresholds, from configuration: {@code staging.load.levels}
 * (name:users,…), {@code staging.load.duration} / {@code .warmup} / {@code .rampup}, and
 * {@code staging.load.thresholds} (semicolon-separated) with per-level overrides
 * {@code staging.load.thresholds.<level>}. A soak is one property: {@code -Dstaging.load.duration=30m}.
 */
record LoadSettings(Map<String, Integer> levels, Duration duration, Duration warmUp, Duration rampUp, GateConfig config) {

    static LoadSettings from(GateConfig config) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (String entry : config.setting("staging.load.levels").orElse("light:5,medium:10,heavy:20,stress:50").split(",")) {
            String[] parts = entry.strip().split(":");
            try {
                levels.put(parts[0].strip(), Integer.parseInt(parts[1].strip()));
            } catch (RuntimeException e) {
                throw new ConfigException("staging.load.levels", "'" + entry + "' is not name:users", "write e.g. light:5,medium:10");
            }
        }
        return new LoadSettings(levels, config.duration("staging.load.duration", "15s"), config.duration("staging.load.warmup", "3s"),
                config.duration("staging.load.rampup", "2s"), config);
    }

    List<String> thresholds(String level) {
        String text = config.setting("staging.load.thresholds." + level)
                .or(() -> config.setting("staging.load.thresholds"))
                .orElse("http_req_failed: rate<0.01; http_req_duration: p(95)<1000");
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

}

package org.carla.staging.gate.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carla.staging.gate.load.Threshold;

/**
 * The load levels (seed "Load Testing Scenarios"), how long each runs, and the k6-style thresholds each
 * is judged on, parsed when the configuration loads: a typo in a threshold fails the first second of the
 * run, not the end of a load level.
 */
public record LoadConfig(List<Level> levels, Duration duration, Duration warmUp, Duration rampUp, Duration requestTimeout,
                         Map<String, List<Threshold>> thresholdsByLevel, Map<String, Ceiling> ceilings) {

    /** One load level: a name and its number of concurrent virtual users. */
    public record Level(String name, int users) {
    }

    /** Resource ceilings of one container during a level; a missing one is not checked. */
    public record Ceiling(Double memoryMiB, Double cpuPercent) {
    }

    static LoadConfig read(Settings s, Iterable<String> services) {
        Map<String, List<Threshold>> thresholds = new LinkedHashMap<>();
        List<Level> levels = new ArrayList<>();
        for (String entry : s.requiredList("staging.load.levels")) {
            Level level = level(entry);
            levels.add(level);
            String key = s.optional("staging.load.thresholds." + level.name()).isPresent()
                    ? "staging.load.thresholds." + level.name() : "staging.load.thresholds";
            thresholds.put(level.name(), thresholds(key, s.text(key)));
        }
        Map<String, Ceiling> ceilings = new LinkedHashMap<>();
        for (String service : services) {
            String prefix = "staging.load.ceiling." + service;
            Ceiling ceiling = new Ceiling(s.optionalPositiveDouble(prefix + ".memory.mib").orElse(null),
                    s.optionalPositiveDouble(prefix + ".cpu.percent").orElse(null));
            if (ceiling.memoryMiB() != null || ceiling.cpuPercent() != null) ceilings.put(service, ceiling);
        }
        return new LoadConfig(List.copyOf(levels), s.duration("staging.load.duration"), s.duration("staging.load.warmup"),
                s.duration("staging.load.rampup"), s.duration("staging.load.request.timeout"), Map.copyOf(thresholds),
                Map.copyOf(ceilings));
    }

    private static Level level(String entry) {
        String[] parts = entry.split(":");
        try {
            int users = Integer.parseInt(parts[1].strip());
            if (parts.length != 2 || parts[0].isBlank() || users < 1) throw new IllegalArgumentException();
            return new Level(parts[0].strip(), users);
        } catch (RuntimeException e) {
            throw new ConfigException("staging.load.levels", "'" + entry + "' is not name:users",
                    "write e.g. light:5,medium:10 (users a positive number)");
        }
    }

    private static List<Threshold> thresholds(String key, String text) {
        List<String> expressions = Arrays.stream(text.split(";")).map(String::strip).filter(e -> !e.isEmpty()).toList();
        try {
            return Threshold.parseAll(expressions);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, e.getMessage(),
                    "write k6-style thresholds separated by ';', e.g. http_req_failed: rate<0.01; http_req_duration: p(95)<1000");
        }
    }

    /** The thresholds of a level (its own line, else the common one). */
    public List<Threshold> thresholds(String level) {
        return thresholdsByLevel.get(level);
    }
}

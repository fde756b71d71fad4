package org.carla.staging.gate.metrics;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as Prometheus and Loki write them ({@code 7d}, {@code 1w}, {@code 168h}, {@code 1d12h},
 * {@code 500ms}): one or more number-unit pairs, largest unit first. Prometheus prints a retention of
 * {@code 7d} back as {@code 1w}; both mean the same seven days.
 */
public final class PrometheusDuration {
    private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:ms|y|w|d|h|m|s))+");
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|y|w|d|h|m|s)");

    private PrometheusDuration() {
    }

    /** @throws IllegalArgumentException when the text is not a Prometheus duration */
    public static Duration parse(String text) {
        String value = text == null ? "" : text.strip();
        if (!WHOLE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a Prometheus duration (e.g. 7d, 1w, 168h, 90m)");
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(value);
        while (part.find()) {
            long n = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "y" -> Duration.ofDays(365 * n);
                case "w" -> Duration.ofDays(7 * n);
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMillis(n);
            });
        }
        return total;
    }

    /** A duration as people read it: {@code 7d}, {@code 36h}, {@code 90m}. */
    public static String format(Duration duration) {
        if (duration.isZero()) return "0s";
        if (duration.toHours() % 24 == 0 && duration.toMillis() % 3_600_000 == 0) return duration.toDays() + "d";
        if (duration.toMillis() % 3_600_000 == 0) return duration.toHours() + "h";
        if (duration.toMillis() % 60_000 == 0) return duration.toMinutes() + "m";
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }
}

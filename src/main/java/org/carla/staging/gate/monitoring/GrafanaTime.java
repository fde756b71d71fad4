package org.carla.staging.gate.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grafana's time arithmetic: relative times ({@code now-6h}), interval strings ({@code 30s}, {@code 1m}),
 * the rounding Grafana applies to a computed interval ({@code rangeutil.roundInterval}), and the PromQL/LogQL
 * spelling of a duration.
 */
public final class GrafanaTime {
    private static final Pattern RELATIVE = Pattern.compile("now(?:-(\\d+)([smhdwMy]))?(?:/[smhdwMy])?");
    private static final Pattern INTERVAL = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d|w|y)");
    /** Upper bounds (exclusive, ms) and the interval each rounds to, as in Grafana's roundInterval. */
    private static final long[][] ROUNDING = {
            {15, 10}, {35, 20}, {75, 50}, {150, 100}, {350, 200}, {750, 500}, {1_500, 1_000}, {3_500, 2_000},
            {7_500, 5_000}, {12_500, 10_000}, {17_500, 15_000}, {25_000, 20_000}, {45_000, 30_000}, {90_000, 60_000},
            {210_000, 120_000}, {450_000, 300_000}, {750_000, 600_000}, {1_050_000, 900_000}, {1_500_000, 1_200_000},
            {2_700_000, 1_800_000}, {5_400_000, 3_600_000}, {9_000_000, 7_200_000}, {16_200_000, 10_800_000},
            {32_400_000, 21_600_000}, {86_400_000, 43_200_000}, {604_800_000, 86_400_000}, {1_814_400_000, 604_800_000},
            {3_628_800_000L, 2_592_000_000L}};

    private GrafanaTime() {
    }

    /**
     * {@code now}, {@code now-1h}, {@code now-7d/d} (rounding ignored), epoch milliseconds, or an absolute ISO-8601
     * instant (a dashboard saved with a fixed range opens on that range).
     */
    public static Instant instant(String text, Instant now) {
        String t = text == null ? "now" : text.strip();
        if (t.matches("\\d+")) return Instant.ofEpochMilli(Long.parseLong(t));
        if (t.matches("\\d{4}-\\d{2}-\\d{2}T.*")) return Instant.parse(t);
        Matcher m = RELATIVE.matcher(t);
        if (!m.matches()) throw new IllegalArgumentException("not a Grafana time: '" + text + "'");
        return m.group(1) == null ? now : now.minus(unit(Long.parseLong(m.group(1)), m.group(2)));
    }

    /** An interval string as Grafana writes it ({@code 500ms}, {@code 10s}, {@code 1m}, {@code 1h}, {@code 1d}). */
    public static Duration interval(String text) {
        Matcher m = INTERVAL.matcher(text.strip());
        if (!m.matches()) throw new IllegalArgumentException("not an interval: '" + text + "'");
        double amount = Double.parseDouble(m.group(1));
        long ms = switch (m.group(2)) {
            case "ms" -> 1;
            case "s" -> 1_000;
            case "m" -> 60_000;
            case "h" -> 3_600_000;
            case "d" -> 86_400_000;
            case "w" -> 604_800_000;
            default -> 31_536_000_000L;
        };
        return Duration.ofMillis(Math.round(amount * ms));
    }

    /** Grafana's rounding of a computed interval to a "nice" one. */
    public static Duration round(Duration interval) {
        long ms = interval.toMillis();
        for (long[] step : ROUNDING) {
            if (ms < step[0]) return Duration.ofMillis(step[1]);
        }
        return Duration.ofDays(365);
    }

    private static Duration unit(long n, String unit) {
        return switch (unit) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            case "w" -> Duration.ofDays(7 * n);
            case "M" -> Duration.ofDays(30 * n);
            default -> Duration.ofDays(365 * n);
        };
    }
}

package org.carla.staging.gate.browser;

import java.util.Arrays;
import java.util.Locale;

/** How a measurement varied over a series: median of the sorted values, p90 by nearest rank. */
public record Spread(int count, double min, double median, double p90, double max) {

    public static Spread of(double... values) {
        if (values.length == 0) throw new IllegalArgumentException("no values to summarise");
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double p90 = sorted[(int) Math.ceil(0.9 * n) - 1];
        return new Spread(n, sorted[0], median, p90, sorted[n - 1]);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "median %.1f ms (min %.1f, p90 %.1f, max %.1f, n=%d)", median, min, p90, max, count);
    }
}

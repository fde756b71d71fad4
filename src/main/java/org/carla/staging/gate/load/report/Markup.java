package org.carla.staging.gate.load.report;

import java.util.Locale;

/** Escaping and number formatting shared by the HTML, text and SVG outputs. */
final class Markup {
    private Markup() {
    }

    /** Safe in XML/HTML text and attribute values. */
    static String escape(String text) {
        return org.carla.staging.gate.report.Html.escape(text);
    }

    static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, value < 10 ? "%.2fms" : "%.1fms", value);
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e12 ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    static String bytes(double bytes) {
        String[] units = {"B", "kB", "MB", "GB"};
        int unit = 0;
        while (bytes >= 1000 && unit < units.length - 1) {
            bytes /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, unit == 0 ? "%.0f %s" : "%.1f %s", bytes, units[unit]);
    }
}

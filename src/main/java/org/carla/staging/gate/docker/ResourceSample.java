package org.carla.staging.gate.docker;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One resource reading of a container, as `docker stats` gives it. */
public record ResourceSample(String container, double cpuPercent, long memoryBytes) {
    private static final Pattern SIZE = Pattern.compile("([0-9.]+)\\s*([KMGT]?i?B)", Pattern.CASE_INSENSITIVE);

    static ResourceSample parse(String container, String cpu, String memUsage) {
        double cpuPercent = Double.parseDouble(cpu.replace("%", "").trim().isEmpty() ? "0" : cpu.replace("%", "").trim());
        return new ResourceSample(container, cpuPercent, bytes(memUsage.split("/")[0].trim()));
    }

    static long bytes(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.find()) return 0;
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2).toUpperCase(Locale.ROOT);
        long factor = switch (unit) {
            case "KIB" -> 1024L;
            case "MIB" -> 1024L * 1024;
            case "GIB" -> 1024L * 1024 * 1024;
            case "TIB" -> 1024L * 1024 * 1024 * 1024;
            case "KB" -> 1000L;
            case "MB" -> 1000L * 1000;
            case "GB" -> 1000L * 1000 * 1000;
            default -> 1L;
        };
        return Math.round(value * factor);
    }

    public double memoryMiB() {
        return memoryBytes / (1024.0 * 1024.0);
    }
}

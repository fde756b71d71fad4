package org.carla.staging.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code wrk --latency} once and reads its requests per second, mean and median latency. */
record WrkRun(double requestsPerSecond, double avgMillis, double p50Millis, String output) {
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern AVG = Pattern.compile("^\\s*Latency\\s+([\\d.]+)(us|ms|s)\\s", Pattern.MULTILINE);
    private static final Pattern P50 = Pattern.compile("^\\s*50%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);

    static WrkRun run(String wrk, String url, int connections, int threads, int seconds) throws IOException, InterruptedException {
        List<String> command = List.of(wrk, "-t" + Math.min(threads, connections), "-c" + connections, "-d" + seconds + "s", "--latency", url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("wrk did not finish within " + (seconds + 30) + " s: " + command);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher rps = RPS.matcher(output);
        Matcher avg = AVG.matcher(output);
        Matcher p50 = P50.matcher(output);
        if (process.exitValue() != 0 || !rps.find() || !avg.find() || !p50.find()) {
            throw new IOException("cannot read wrk's figures (exit " + process.exitValue() + "):\n" + output);
        }
        return new WrkRun(Double.parseDouble(rps.group(1)), millis(avg), millis(p50), output);
    }

    /** A matched figure (group 1) in its unit (group 2), in milliseconds. */
    private static double millis(Matcher figure) {
        double value = Double.parseDouble(figure.group(1));
        return switch (figure.group(2).toLowerCase(Locale.ROOT)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}

package org.carla.staging.gate.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The verdict a person reads at the end of the log, as k6 ends with its summary: PASS, PASS WITH WARNINGS or
 * FAIL; how many product defects (failed), broken checks and skipped ones (reasons grouped); each failure's
 * one-line cause; the Postman collection's line; the load levels' key figures; where the report and the logs
 * are. Read from the run's Allure results and the load levels' figures; the same text goes into the report.
 */
public final class GateSummary {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WIDTH = 100;

    public enum Verdict { PASS, PASS_WITH_WARNINGS, FAIL, NO_RESULTS }

    private final List<TestOutcome> checks;
    private final List<TestOutcome> requests;
    private final JsonNode load;

    GateSummary(List<TestOutcome> outcomes, JsonNode load) {
        this.checks = outcomes.stream().filter(o -> !o.fromNewman()).toList();
        this.requests = outcomes.stream().filter(TestOutcome::fromNewman).toList();
        this.load = load;
    }

    /** Reads every result in the Allure results directory and the load levels' figures (may be missing). */
    public static GateSummary read(Path resultsDir, Path loadSummary) {
        List<TestOutcome> outcomes = new ArrayList<>();
        if (Files.isDirectory(resultsDir)) {
            try {
                for (Path file : ResultsDirectory.resultFiles(resultsDir)) {
                    JsonNode result = JSON.readTree(file.toFile());
                    if (!TestOutcome.SUMMARY.equals(result.path("fullName").asText())) outcomes.add(TestOutcome.of(result));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the Allure results in " + resultsDir, e);
            }
        }
        JsonNode load = null;
        try {
            if (Files.isRegularFile(loadSummary)) load = JSON.readTree(loadSummary.toFile());
        } catch (IOException e) {
            load = null;
        }
        return new GateSummary(outcomes, load);
    }

    public Verdict verdict() {
        if (checks.isEmpty()) return Verdict.NO_RESULTS;
        if (count("failed") + count("broken") > 0) return Verdict.FAIL;
        return warnings().isEmpty() ? Verdict.PASS : Verdict.PASS_WITH_WARNINGS;
    }

    /** The verdict in one line, e.g. for the report's Environment panel. */
    public String headline() {
        return switch (verdict()) {
            case PASS -> "PASS: the build may leave staging";
            case PASS_WITH_WARNINGS -> "PASS WITH WARNINGS: the build may leave staging; read the " + warnings().size() + " warning(s)";
            case FAIL -> "FAIL: the build must not leave staging (" + count("failed") + " product defect(s), " + count("broken") + " broken)";
            case NO_RESULTS -> "NO RESULTS: no check ran (see the log above)";
        } + String.format(Locale.ROOT, " - %d checks: %d passed, %d failed, %d broken, %d skipped", checks.size(), count("passed"),
                count("failed"), count("broken"), count("skipped"));
    }

    /** The whole summary; {@code where} lists places (report, logs, …) as label → path. */
    public String text(Map<String, String> where) {
        List<String> lines = new ArrayList<>();
        lines.add("VERDICT   " + headline().replace(" - ", "\n          "));
        List<TestOutcome> failed = checks.stream().filter(o -> o.status().equals("failed") || o.status().equals("broken")).toList();
        for (TestOutcome o : failed) {
            lines.add("  " + (o.status().equals("failed") ? "x defect  " : "! broken  ") + o.title() + ": " + o.firstLine(160));
        }
        List<TestOutcome> warnings = warnings();
        if (!warnings.isEmpty()) {
            lines.add("WARNINGS  " + warnings.size());
            warnings.forEach(w -> lines.add("  ! " + w.title() + ": " + w.message().strip().replaceFirst("^WARN ", "")
                    .lines().limit(4).reduce((a, b) -> a + "\n      " + b).orElse("")));
        }
        Map<String, Integer> reasons = new LinkedHashMap<>();
        checks.stream().filter(o -> o.status().equals("skipped") && !o.warning())
                .forEach(o -> reasons.merge(o.firstLine(150).isEmpty() ? "(no reason given)" : o.firstLine(150), 1, Integer::sum));
        if (!reasons.isEmpty()) {
            lines.add("SKIPPED   " + reasons.values().stream().mapToInt(Integer::intValue).sum() + ", by reason:");
            reasons.forEach((why, n) -> lines.add(String.format(Locale.ROOT, "  %3d  %s", n, why)));
        }
        if (!requests.isEmpty()) lines.add(postmanLine());
        lines.addAll(loadLines());
        lines.add("WHERE");
        where.forEach((label, path) -> lines.add(String.format(Locale.ROOT, "  %-16s %s", label, path)));
        String rule = "=".repeat(WIDTH);
        return rule + "\n staging gate summary\n" + rule + "\n" + String.join("\n", lines) + "\n" + rule;
    }

    public List<TestOutcome> warnings() {
        return checks.stream().filter(TestOutcome::warning).toList();
    }

    public long count(String status) {
        return checks.stream().filter(o -> o.status().equals(status)).count();
    }

    private String postmanLine() {
        long failed = requests.stream().filter(r -> r.status().equals("failed") || r.status().equals("broken")).count();
        long skipped = requests.stream().filter(r -> r.status().equals("skipped")).count();
        String wall = checks.stream().map(c -> c.parameters().get("Newman wall time")).filter(v -> v != null).findFirst()
                .map(v -> ", Newman " + v.replaceFirst(" \\(limit.*", "")).orElse("");
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "POSTMAN   %d requests: %d passed, %d failed, %d skipped%s",
                requests.size(), requests.size() - failed - skipped, failed, skipped, wall));
        requests.stream().filter(r -> r.status().equals("failed") || r.status().equals("broken"))
                .forEach(r -> line.append("\n  x ").append(r.title()).append(": ").append(r.firstLine(120)));
        return line.toString();
    }

    private List<String> loadLines() {
        List<String> lines = new ArrayList<>();
        if (load == null) return lines;
        lines.add("LOAD      level      users  requests    req/s   p50 ms   p95 ms   p99 ms  failed  thresholds");
        for (JsonNode level : load.path("levels")) {
            lines.add(String.format(Locale.ROOT, "          %-9s %6d %9d %8.1f %8.1f %8.1f %8.1f %7d  %s", level.path("level").asText(),
                    level.path("users").asInt(), level.path("requests").asLong(), level.path("rps").asDouble(), level.path("p50").asDouble(),
                    level.path("p95").asDouble(), level.path("p99").asDouble(), level.path("failures").asLong(),
                    level.path("passed").asBoolean() ? "met" : "MISSED"));
        }
        int regressions = load.path("regressions").size();
        int improvements = load.path("improvements").size();
        lines.add(String.format(Locale.ROOT, "          latency vs last good run (%s): %d regression(s), %d improvement(s); baseline %s",
                load.path("enforcement").asText(), regressions, improvements, load.path("baseline").asText()));
        load.path("improvements").forEach(i -> lines.add("            faster: " + i.asText()));
        lines.add("          " + load.path("action").asText());
        return lines;
    }
}

package org.carla.staging.gate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateSummaryTest {
    private static int n;

    private static void result(Path dir, String name, String testClass, String status, String message, String framework) throws Exception {
        Files.writeString(dir.resolve("r" + n++ + "-result.json"), String.format("""
                {"name": "%s", "status": "%s", "statusDetails": {"message": "%s"},
                 "labels": [{"name": "testClass", "value": "org.x.%s"}, {"name": "framework", "value": "%s"}, {"name": "epic", "value": "security"}],
                 "parameters": [{"name": "Newman wall time", "value": "2.1 s (limit reported)"}]}""", name, status, message, testClass, framework));
    }

    @Test
    void aRunWithADefectFailsAndNamesItsCause(@TempDir Path dir) throws Exception {
        result(dir, "token is rejected after logout", "TokenAttackTest", "failed", "token still valid after logout\\nmore", "junit-platform");
        result(dir, "passes", "SeedUrlsTest", "passed", "", "junit-platform");
        result(dir, "grafana answers", "SeedUrlsTest", "skipped", "grafana is left out in this world: no image", "junit-platform");
        result(dir, "loki answers", "SeedUrlsTest", "skipped", "grafana is left out in this world: no image", "junit-platform");
        result(dir, "light: latency against the last good run", "LoadLevelsTest", "skipped",
                "WARN latency regression against the baseline:\\n  light /api/reports: slower +31 %", "junit-platform");
        result(dir, "List reports", "", "failed", "lists the report of this run", "newman");
        result(dir, "Health", "", "passed", "", "newman");
        Files.writeString(dir.resolve("summary-result.json"), "{\"name\": \"Gate summary: PASS\", \"status\": \"passed\", \"fullName\": \"staging-gate.summary\"}");
        Path load = dir.resolve("load-summary.json");
        Files.writeString(load, """
                {"levels": [{"level": "light", "users": 5, "requests": 1995, "failures": 0, "rps": 166.2, "p50": 3.0, "p95": 99.5,
                  "p99": 633.9, "passed": true}], "regressions": ["light /api/reports: slower +31 %"], "improvements": [],
                 "enforcement": "WARN", "baseline": "2026-11-30T09:18:00Z", "action": "baseline kept"}""");

        GateSummary summary = GateSummary.read(dir, load);
        Map<String, String> where = new LinkedHashMap<>();
        where.put("report", "target/site/allure-maven-plugin/index.html");
        String text = summary.text(where);

        assertThat(summary.verdict()).isEqualTo(GateSummary.Verdict.FAIL);
        assertThat(summary.headline()).startsWith("FAIL").contains("5 checks: 1 passed, 1 failed, 0 broken, 3 skipped");
        assertThat(text).contains("x defect  TokenAttackTest: token is rejected after logout: token still valid after logout")
                .doesNotContain("more")
                .contains("WARNINGS  1").contains("light /api/reports: slower +31 %")
                .contains("SKIPPED   2, by reason:").contains("  2  grafana is left out in this world: no image")
                .contains("POSTMAN   2 requests: 1 passed, 1 failed, 0 skipped, Newman 2.1 s").contains("x List reports: lists the report of this run")
                .contains("light").contains("1995").contains("met")
                .contains("report           target/site/allure-maven-plugin/index.html");
    }

    @Test
    void warningsAloneStillPass(@TempDir Path dir) throws Exception {
        result(dir, "passes", "SeedUrlsTest", "passed", "", "junit-platform");
        result(dir, "light: latency against the last good run", "LoadLevelsTest", "skipped", "WARN latency regression", "junit-platform");

        assertThat(GateSummary.read(dir, dir.resolve("none.json")).verdict()).isEqualTo(GateSummary.Verdict.PASS_WITH_WARNINGS);
        assertThat(GateSummary.read(dir.resolve("empty"), dir.resolve("none.json")).verdict()).isEqualTo(GateSummary.Verdict.NO_RESULTS);
    }

    @Test
    void historyIsRestoredIntoTheResultsAndKeptFromTheReport(@TempDir Path dir) throws Exception {
        ReportHistory history = new ReportHistory(dir.resolve("cache"));
        assertThat(history.nextBuild()).isEqualTo(1);
        assertThat(history.restoreInto(dir.resolve("results"))).isZero();
        Files.createDirectories(dir.resolve("report/history"));
        Files.writeString(dir.resolve("report/history/history-trend.json"), "[{\"buildOrder\":1}]");

        assertThat(history.keepFrom(dir.resolve("report"), 1)).isEqualTo(1);
        assertThat(history.nextBuild()).isEqualTo(2);
        assertThat(history.restoreInto(dir.resolve("results"))).isEqualTo(1);
        assertThat(dir.resolve("results/history/history-trend.json")).content().contains("buildOrder");
    }
}

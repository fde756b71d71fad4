package org.carla.staging.gate.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carla.staging.gate.config.ConfigException;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.docker.CommandResult;
import org.carla.staging.gate.docker.CommandRunner;

/**
 * The gate's last step (Maven, after the suites, before Maven's own verdict): the summary goes into the
 * results (a "Gate summary" entry and the Environment panel), the kept history is restored, the report is
 * made with the Allure 2 command line (once as a folder, whose history/ is kept for the next run's trend,
 * once as a single file to open from disk), and the summary is printed last.
 *
 * <pre>GateReport ALLURE_COMMAND RESULTS_DIR</pre>
 */
public final class GateReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GENERATE_TIMEOUT = Duration.ofMinutes(3);

    private GateReport() {
    }

    public static void main(String[] args) {
        if (args.length != 2) throw new IllegalArgumentException("usage: GateReport ALLURE_COMMAND RESULTS_DIR");
        GateConfig config;
        try {
            config = GateConfig.read();
        } catch (ConfigException e) {
            System.out.println("[gate] no summary: " + e.getMessage());
            return;
        }
        Path project = config.projectDir();
        Path results = Path.of(args[1]).toAbsolutePath();
        Path folderReport = project.resolve("target/allure-report");
        Path singleFile = project.resolve("target/site/allure-maven-plugin");
        ReportHistory history = new ReportHistory(config.report().historyDir());
        int build = history.nextBuild();

        GateSummary summary = GateSummary.read(results, project.resolve("target/performance/load-summary.json"));
        Map<String, String> where = new LinkedHashMap<>();
        where.put("report", singleFile.resolve("index.html") + " (one file; also as a folder: " + folderReport + ")");
        where.put("history", history.dir() + " (run #" + build + " of the trend)");
        where.put("service logs", project.resolve("target/staging-logs") + "/<service>.log");
        where.put("JUnit XML", project.resolve("target/failsafe-reports") + " (suites and the Postman collection)");
        where.put("latency", config.regression().baselineDir() + " (baselines), " + project.resolve("target/performance"));
        String text = summary.text(where);
        writeIntoResults(results, summary, text, build);

        String reportLine;
        try {
            int restored = history.restoreInto(results);
            Path allure = Path.of(args[0]);
            generate(allure, project, results, folderReport, false);
            generate(allure, project, results, singleFile, true);
            history.keepFrom(folderReport, build);
            reportLine = "[gate] report made with " + (restored == 0 ? "no earlier history (first run)" : "the history of earlier runs")
                    + "; trend now has run #" + build;
        } catch (RuntimeException e) {
            reportLine = "[gate] the report could not be made: " + e.getMessage() + " (the verdict below stands; the results are in " + results + ")";
        }
        Path textFile = project.resolve("target/gate-summary.txt");
        try {
            Files.createDirectories(textFile.getParent());
            Files.writeString(textFile, text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            reportLine += "\n[gate] cannot write " + textFile + ": " + e.getMessage();
        }
        System.out.println(reportLine);
        System.out.println(text);
    }

    private static void generate(Path allure, Path project, Path results, Path output, boolean singleFile) {
        if (!Files.isExecutable(allure)) {
            throw new IllegalStateException("no Allure command line at " + allure + " (mvn allure:install installs it)");
        }
        List<String> command = singleFile
                ? List.of(allure.toString(), "generate", "--clean", "--single-file", "-o", output.toString(), results.toString())
                : List.of(allure.toString(), "generate", "--clean", "-o", output.toString(), results.toString());
        CommandResult result = new CommandRunner(project, Map.of()).run(GENERATE_TIMEOUT, command);
        if (!result.ok()) throw new IllegalStateException(result.describe());
    }

    /** The summary as a result of its own (so the report shows it) and as the Environment panel's first fact. */
    private static void writeIntoResults(Path results, GateSummary summary, String text, int build) {
        try {
            Files.createDirectories(results);
            removeEarlierSummaries(results);
            String attachment = UUID.randomUUID() + "-attachment.txt";
            Files.writeString(results.resolve(attachment), text, StandardCharsets.UTF_8);
            long now = System.currentTimeMillis();
            ObjectNode result = JSON.createObjectNode();
            result.put("uuid", UUID.randomUUID().toString()).put("historyId", "staging-gate-summary").put("testCaseId", "staging-gate-summary")
                    .put("name", "Gate summary: " + summary.headline()).put("fullName", TestOutcome.SUMMARY)
                    .put("status", summary.verdict() == GateSummary.Verdict.FAIL || summary.verdict() == GateSummary.Verdict.NO_RESULTS
                            ? "failed" : "passed")
                    .put("stage", "finished").put("start", now).put("stop", now)
                    .put("description", "The verdict of the whole run (this entry is the summary, not a check of its own).");
            result.putObject("statusDetails").put("message", summary.headline());
            var labels = result.putArray("labels");
            labels.addObject().put("name", "epic").put("value", "gate");
            labels.addObject().put("name", "feature").put("value", "Verdict");
            labels.addObject().put("name", "suite").put("value", "Gate summary");
            result.putArray("attachments").addObject().put("name", "gate summary").put("source", attachment).put("type", "text/plain");
            Files.writeString(results.resolve(UUID.randomUUID() + "-result.json"), JSON.writeValueAsString(result), StandardCharsets.UTF_8);
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("verdict", summary.headline());
            facts.put("gate.run", String.valueOf(build));
            AllureEnvironment.putFirst(results, facts);
            writeExecutor(results, build);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the summary into " + results, e);
        }
    }

    /** A report made again from the same results has one summary, this one. */
    private static void removeEarlierSummaries(Path results) throws IOException {
        for (Path file : ResultsDirectory.resultFiles(results)) {
            var node = JSON.readTree(file.toFile());
            if (!TestOutcome.SUMMARY.equals(node.path("fullName").asText())) continue;
            for (var attachment : node.path("attachments")) Files.deleteIfExists(results.resolve(attachment.path("source").asText()));
            Files.delete(file);
        }
    }

    /** executor.json: the build number that orders the trend, and the CI pipeline when there is one. */
    private static void writeExecutor(Path results, int build) throws IOException {
        ObjectNode executor = JSON.createObjectNode();
        String pipeline = System.getenv("CI_PIPELINE_ID");
        executor.put("name", pipeline != null ? "GitLab CI" : "Maven").put("type", pipeline != null ? "gitlab" : "maven")
                .put("buildOrder", build).put("buildName", "staging gate run #" + build + (pipeline != null ? " (pipeline " + pipeline + ")" : ""))
                .put("reportName", "staging gate");
        String url = System.getenv("CI_PIPELINE_URL");
        if (url != null) executor.put("buildUrl", url);
        Files.writeString(results.resolve("executor.json"), JSON.writeValueAsString(executor), StandardCharsets.UTF_8);
    }
}

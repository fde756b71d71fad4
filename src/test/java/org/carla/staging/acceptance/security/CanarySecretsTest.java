package org.carla.staging.acceptance.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.carla.staging.acceptance.SecurityTest;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.report.Figures;
import org.carla.staging.gate.security.canary.CanaryHit;
import org.carla.staging.gate.security.canary.CanarySearch;
import org.carla.staging.gate.security.canary.CanaryWatch;
import org.carla.staging.gate.security.passive.PassiveScanExtension;
import org.carla.staging.gate.stack.GateRun;
import org.carla.staging.gate.stack.StagingStack;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;

/**
 * Seed "Security Testing": Data Protection. Every secret of the run (passwords the gate registered, tokens
 * it received, the administrator, database and JWT secrets) is searched for wherever a secret can end
 * up: every answer of the application (watched all run long), every service's whole log, Prometheus'
 * series and labels, the files the frontend serves, and the gate's own report attachments, which must
 * show them redacted. Each place is its own line; a hit names the secret (never shows it) and where.
 */
@SecurityTest
@Feature("5. Security Testing")
@Story("Data protection")
@Order(Integer.MAX_VALUE - 1) // near the end: it reads what every suite before it produced
class CanarySecretsTest {
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"");

    @TestFactory
    @DisplayName("No secret of the run appears where it must not")
    Stream<DynamicTest> noSecretLeaks(GateRun run, HttpSpecs http, GateConfig config, StagingStack stack) {
        CanaryWatch watch = PassiveScanExtension.canaries(run);
        CanarySearch places = new CanarySearch(watch.canaries());
        long start = System.nanoTime();
        return Stream.of(
                dynamicTest("the secrets searched for", () -> {
                    Figures.text("secrets searched (labels only)", String.join("\n", watch.canaries().searchable().keySet()));
                    Figures.text("secrets not searchable, and why", watch.canaries().unsearchable().toString());
                    assertThat(watch.canaries().searchable()).as("secrets known to the run").isNotEmpty();
                }),
                dynamicTest("no secret in any answer of the application", () -> assertNone(watch.answers().hits(), "HTTP answers")),
                dynamicTest("no secret in any service's log", () -> {
                    Path logs = Path.of("target", "staging-logs");
                    Assumptions.assumeTrue(stack.containers().isPresent() && Files.isDirectory(logs),
                            "no service logs: the target is reached by URL only (staging.target=external)");
                    assertNone(searchFiles(places, logs, name -> name.endsWith(".log")), "service logs");
                }),
                dynamicTest("no secret in Prometheus' series or labels", () -> assertNone(
                        places.search("Prometheus series and labels", prometheusLabels(http)), "Prometheus")),
                dynamicTest("no secret in the files the frontend serves", () -> {
                    String index = given(http.frontend()).get("/").asString();
                    Set<String> paths = new LinkedHashSet<>(List.of("/version.txt"));
                    Matcher asset = ASSET.matcher(index);
                    while (asset.find()) paths.add(asset.group(1));
                    List<CanaryHit> hits = new java.util.ArrayList<>(places.search("frontend /", index));
                    paths.forEach(p -> hits.addAll(places.search("frontend " + p, given(http.frontend()).get(p).asString())));
                    assertNone(hits, "frontend files");
                }),
                dynamicTest("the gate's own report attachments show every secret redacted", () -> {
                    Path results = Path.of(System.getProperty("allure.results.directory", "allure-results"));
                    Assumptions.assumeTrue(Files.isDirectory(results), "no Allure results directory at " + results);
                    assertNone(searchFiles(places, results, name -> name.contains("-attachment")), "report attachments");
                }),
                dynamicTest("coverage of the search", () -> {
                    Duration took = Duration.ofNanos(System.nanoTime() - start);
                    Figures.record("canary: bytes of answers searched", watch.answers().bytesScanned(), "bytes", "all answers of the run");
                    Figures.record("canary: bytes of logs, series, files, attachments searched", places.bytesScanned(), "bytes", "reported");
                    Figures.record("canary: texts searched", watch.answers().textsScanned() + places.textsScanned(), "", "reported");
                    Figures.record("canary: search time (files and services)", took.toMillis(), "ms", "reported");
                    assertThat(places.textsScanned()).as("places searched").isPositive();
                }));
    }

    private static void assertNone(List<CanaryHit> hits, String where) {
        assertThat(hits).as("secrets of the run found in %s (%d hits)", where, hits.size()).isEmpty();
    }

    private static List<CanaryHit> searchFiles(CanarySearch search, Path dir, java.util.function.Predicate<String> wanted) throws IOException {
        List<CanaryHit> hits = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> wanted.test(f.getFileName().toString())).sorted().toList()) {
                // Decoded leniently: a binary attachment (a screenshot) holds no text secret, and must not stop the search.
                hits.addAll(search.search(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
            }
        }
        return hits;
    }

    /** Every metric name and label value Prometheus holds. */
    private static String prometheusLabels(HttpSpecs http) {
        StringBuilder all = new StringBuilder();
        for (String label : given(http.prometheus()).get("/api/v1/labels").then().statusCode(200).extract().jsonPath().getList("data", String.class)) {
            JsonPath values = given(http.prometheus()).get("/api/v1/label/" + label + "/values").then().statusCode(200).extract().jsonPath();
            all.append(label).append('=').append(String.join("\n", values.getList("data", String.class))).append('\n');
        }
        return all.toString();
    }
}

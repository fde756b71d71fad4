package org.carla.staging.acceptance.performance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Allure;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.carla.staging.acceptance.PerformanceTest;
import org.carla.staging.acceptance.support.Accounts;
import org.carla.staging.acceptance.support.UserSession;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.config.LoadConfig;
import org.carla.staging.gate.docker.ResourceMonitor;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.load.LoadPlan;
import org.carla.staging.gate.load.LoadResult;
import org.carla.staging.gate.load.LoadRunner;
import org.carla.staging.gate.load.Scenario;
import org.carla.staging.gate.load.Threshold;
import org.carla.staging.gate.load.ThresholdVerdict;
import org.carla.staging.gate.load.report.LoadReport;
import org.carla.staging.gate.load.report.SvgChart;
import org.carla.staging.gate.metrics.RequestTally;
import org.carla.staging.gate.report.Figures;
import org.carla.staging.gate.stack.GateRun;
import org.carla.staging.gate.stack.LoadPeriods;
import org.carla.staging.gate.stack.StagingStack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seed "Load Testing Scenarios": light 5, medium 10, heavy 20, stress 50 concurrent users (closed model,
 * k6's vocabulary and thresholds), with the resource usage of every container sampled during each level
 * (seed "Resource usage monitoring"). Each level passes or fails on its thresholds; the figures, charts
 * and .hgrm exports go to the report. Each endpoint is then compared with the last good runs of this machine,
 * world and stack, all levels weighed (a regression warns, or fails with staging.regression.enforcement=FAIL), and a
 * last entry compares the levels side by side and stores this run as the next baseline when it was good.
 */
@PerformanceTest
@Feature("3. Performance Testing")
@Story("Load testing with multiple users")
class LoadLevelsTest {

    @TestFactory
    @DisplayName("Seed load levels meet their thresholds")
    Stream<DynamicTest> seedLoadLevels(StagingStack stack, HttpSpecs http, GateConfig config, GateRun run) {
        LoadConfig settings = config.load();
        UserSession user = new Accounts(http, config).newUser();
        String index = given(http.frontend()).get("/").then().statusCode(200).extract().asString();
        Scenario mix = LoadMix.of(index, user);
        LoadRunner runner = new LoadRunner(stack.endpoints().frontend());
        LatencyBaseline baseline = LatencyBaseline.open(config, stack);
        List<LoadResult> results = new ArrayList<>();
        Map<String, Map<String, ResourceMonitor.Usage>> usageByLevel = new LinkedHashMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (LoadConfig.Level each : settings.levels()) {
            tests.add(DynamicTest.dynamicTest(each.name() + ": " + each.users() + " users", () -> {
                String level = each.name();
                int users = each.users();
                LoadPlan plan = LoadPlan.closed(level + " (" + users + " users)", mix).users(users).rampUp(settings.rampUp())
                        .warmUp(settings.warmUp()).duration(settings.duration()).requestTimeout(settings.requestTimeout())
                        .blocks(config.regression().block()).build();
                LoadResult result;
                Map<String, ResourceMonitor.Usage> usage;
                Instant from = Instant.now();
                try (ResourceMonitor monitor = ResourceUsage.monitor(stack)) {
                    result = runner.run(plan);
                    usage = monitor.stop();
                }
                LoadPeriods.of(run).record(level, users, from, Instant.now(), settings.requestTimeout()); // what the gate was doing when (MetricsTruthAtEndTest)
                RequestTally.of(run).countLoad(stack.endpoints().frontend(), result.sent()); // metrics truth (MetricsTruthAtEndTest)
                results.add(result);
                usageByLevel.put(users + " users", usage);
                List<ThresholdVerdict> verdicts = Threshold.evaluateAll(settings.thresholds(level), result);
                baseline.record(level, result, verdicts.stream().allMatch(ThresholdVerdict::passed)
                        && ResourceUsage.withinCeilings(usage, settings));
                LoadReport.attach(level, result, verdicts);
                Figures.html(level + " resource usage", ResourceUsage.table(usage));
                ResourceUsage.assertWithinCeilings(usage, settings, level);
                assertThat(verdicts).as("k6-style thresholds of level %s", level)
                        .allSatisfy(v -> assertThat(v.passed()).as(v.message()).isTrue());
            }));
        }
        // Seed "Performance Benchmarks" read as a trend: each endpoint against the last good runs of this machine.
        tests.add(DynamicTest.dynamicTest("latency of each endpoint against the last good runs", baseline::judge));
        tests.add(DynamicTest.dynamicTest("summary: all levels side by side", () -> {
            assertThat(results).as("levels that ran").isNotEmpty();
            LoadReport.attachComparison(results);
            Figures.svg("CPU % per container vs users", SvgChart.line("CPU per container (peak %)", "load level", "CPU %",
                    ResourceUsage.series(usageByLevel, ResourceMonitor.Usage::cpuPeakPercent)));
            Figures.svg("memory per container vs users", SvgChart.line("Memory per container (peak MiB)", "load level", "MiB",
                    ResourceUsage.series(usageByLevel, ResourceMonitor.Usage::memoryPeakMiB)));
            Allure.parameter("latency baseline", baseline.finish());
        }));
        return tests.stream();
    }
}

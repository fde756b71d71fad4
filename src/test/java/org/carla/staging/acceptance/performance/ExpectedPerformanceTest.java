package org.carla.staging.acceptance.performance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.carla.staging.acceptance.PerformanceTest;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.db.Database;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.report.Figures;
import org.carla.staging.gate.stack.ComposeStack;
import org.carla.staging.gate.stack.Requirements;
import org.carla.staging.gate.stack.ServiceState;
import org.carla.staging.gate.stack.StagingStack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Seed "Performance Benchmarks / Expected Performance": API response time < 1 s, database queries
 * < 500 ms, container startup < 30 s. Each figure is written to the report, pass or fail.
 */
@PerformanceTest
@Feature("3. Performance Testing")
class ExpectedPerformanceTest {
    private static final int SAMPLES = 10;

    @TestFactory
    @Story("API response time measurement")
    @DisplayName("Each public API route answers in under the API threshold (max of 10 calls)")
    Stream<DynamicTest> publicApiRoutesAnswerInTime(HttpSpecs http, GateConfig config) {
        List<String> routes = config.expectations().timedApiRoutes();
        long limit = config.thresholds().apiResponseMs();
        return routes.stream().map(route -> DynamicTest.dynamicTest(route + " < " + limit + " ms", () -> {
            long[] millis = new long[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                millis[i] = given(http.backend()).get(route).then().statusCode(200).extract().time();
            }
            long worst = Arrays.stream(millis).max().orElseThrow();
            Figures.record(route + " max", worst, "ms", limit + " ms");
            Figures.record(route + " median", Arrays.stream(millis).sorted().toArray()[SAMPLES / 2], "ms", limit + " ms");
            assertThat(worst).as("slowest of %d calls to %s (ms): %s", SAMPLES, route, Arrays.toString(millis)).isLessThan(limit);
        }));
    }

    @Test
    @Story("Database performance")
    @DisplayName("Representative database queries answer in under 500 ms")
    void databaseQueriesAnswerInTime(GateConfig config) throws Exception {
        // Whatever the app's schema holds beyond the contract: a count and a page of every expected table.
        String schema = config.expectations().databaseSchema();
        List<String> queries = config.expectations().databaseTables().stream()
                .flatMap(table -> Stream.of("select count(*) from " + schema + "." + table, "select * from " + schema + "." + table + " limit 50"))
                .toList();
        long limit = config.thresholds().databaseQueryMs();
        try (Connection connection = new Database(config).connect()) {
            for (String sql : queries) {
                long best = Long.MAX_VALUE;
                long worst = 0;
                for (int i = 0; i < SAMPLES; i++) {
                    long start = System.nanoTime();
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        statement.executeQuery().close();
                    }
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    best = Math.min(best, ms);
                    worst = Math.max(worst, ms);
                }
                Figures.record("query max: " + sql.substring(0, Math.min(60, sql.length())), worst, "ms", limit + " ms");
                assertThat(worst).as("slowest of %d runs of: %s", SAMPLES, sql).isLessThan(limit);
            }
        }
    }

    @Test
    @Story("Container startup")
    @DisplayName("Each container starts and passes its readiness check in under 30 s")
    void containersStartInTime(StagingStack stack, GateConfig config) {
        Requirements.containers(stack);
        long limit = config.thresholds().containerStartupMs();
        for (ServiceState state : ((ComposeStack) stack).readyStates().stream().filter(s -> !s.init()).toList()) {
            long ms = state.startupTime().orElseThrow().toMillis();
            Figures.record("startup " + state.service(), ms / 1000.0, "s", limit / 1000 + " s");
            assertThat(ms).as("%s: from container start to its first passing readiness check (ms)", state.service()).isLessThan(limit);
        }
    }
}

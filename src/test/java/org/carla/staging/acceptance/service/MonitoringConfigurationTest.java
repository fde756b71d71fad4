package org.carla.staging.acceptance.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Allure;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.carla.staging.acceptance.ServiceTest;
import org.carla.staging.acceptance.support.Accounts;
import org.carla.staging.acceptance.support.UserSession;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.metrics.PrometheusDuration;
import org.carla.staging.gate.security.LeakPatterns;
import org.carla.staging.gate.stack.Requirements;
import org.carla.staging.gate.stack.ServiceState;
import org.carla.staging.gate.stack.StagingStack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed "Monitoring Configuration" (Retention 7 days, Log Level INFO, Debug Mode disabled), judged from the
 * running services: Prometheus' own runtime and flags, the backend's log, the backend's error answers. The
 * environment the backend container sees (LOG_LEVEL, DEBUG, TESTING) is {@link SeedValuesTest}'s; that data
 * lands in the seed's database (testing mode off) is DataRoundTripTest's.
 */
@ServiceTest
@Feature("Monitoring Configuration")
class MonitoringConfigurationTest {

    @Test
    @Story("Retention: 7 days")
    @DisplayName("Prometheus runs with the seed's retention, by its runtime information and its flags")
    void prometheusKeepsMetricsForTheSeedsRetention(HttpSpecs http, GateConfig config) {
        Duration expected = config.semantics().metricsRetention();
        String runtime = given(http.prometheus()).get("/api/v1/status/runtimeinfo").then().statusCode(200)
                .extract().path("data.storageRetention");
        Map<String, String> flags = given(http.prometheus()).get("/api/v1/status/flags").then().statusCode(200)
                .extract().jsonPath().getMap("data", String.class, String.class);
        Allure.parameter("storageRetention", runtime);
        Allure.parameter("storage.tsdb.retention.time", flags.get("storage.tsdb.retention.time"));
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(timePart(runtime).map(PrometheusDuration::format).orElse("none")).as("runtime storageRetention '%s' "
                + "(staging.expected.metrics.retention)", runtime).isEqualTo(PrometheusDuration.format(expected));
        String flag = flags.getOrDefault("storage.tsdb.retention.time", "0s");
        if (PrometheusDuration.parse(flag).isZero()) flag = flags.getOrDefault("storage.tsdb.retention", "0s"); // the deprecated spelling
        soft.assertThat(PrometheusDuration.format(PrometheusDuration.parse(flag))).as("flag storage.tsdb.retention.time '%s'", flag)
                .isEqualTo(PrometheusDuration.format(expected));
        soft.assertAll();
    }

    @Test
    @Story("Log Level: INFO")
    @DisplayName("The backend logs at INFO: no DEBUG line in its log, after traffic that a DEBUG level would log")
    void backendLogsAtInfoNotDebug(HttpSpecs http, StagingStack stack, GateConfig config) {
        ServiceState backend = Requirements.containers(stack).state("backend");
        for (String path : List.of("/api/scenarios", "/api/version", "/health", "/metrics", "/api/gate-no-such-route")) {
            given(http.backend()).get(path);
        }
        given(http.backend()).get("/api/auth/me");
        String log = Requirements.containers(stack).docker().logs(backend.containerId(), null, null);
        Pattern debug = config.semantics().debugLogLine();
        List<String> lines = log.lines().toList();
        List<String> debugLines = lines.stream().filter(l -> debug.matcher(l).find()).toList();
        Allure.parameter("log lines read", lines.size());
        assertThat(lines).as("the backend's log (docker logs): a service at INFO logs something").isNotEmpty();
        assertThat(debugLines).as("DEBUG lines in the backend's log (seed: Log Level INFO; pattern staging.logs.debug.pattern), "
                + "first ones: %s", debugLines.stream().limit(5).toList()).isEmpty();
    }

    @Test
    @Story("Debug Mode: Disabled")
    @DisplayName("Error answers carry no debug detail: no traceback, no source path, no debug page")
    void errorAnswersCarryNoDebugDetail(HttpSpecs http, GateConfig config) {
        UserSession user = new Accounts(http, config).newUser();
        Map<String, Response> answers = new java.util.LinkedHashMap<>();
        answers.put("GET an unknown route", given(http.backend()).get("/api/gate-no-such-route"));
        answers.put("DELETE a read-only route", given(http.backend()).delete("/api/version"));
        answers.put("POST malformed JSON", given(http.backend()).body("{\"username\": ").post("/api/auth/login"));
        answers.put("POST fields of the wrong type", given(http.backend()).body("{\"username\": [1], \"password\": {}}").post("/api/auth/register"));
        answers.put("GET a report by a non-numeric id", user.authorize(given(http.backend())).get("/api/reports/not-a-number"));
        answers.put("GET with a malformed token", given(http.backend()).header("Authorization", "Bearer not.a.token").get("/api/auth/me"));
        SoftAssertions soft = new SoftAssertions();
        answers.forEach((what, answer) -> {
            String body = answer.asString();
            List<String> leaks = new ArrayList<>();
            for (LeakPatterns kind : List.of(LeakPatterns.STACK_TRACE, LeakPatterns.INTERNAL_PATH, LeakPatterns.DEBUG_PAGE)) {
                kind.find(body).ifPresent(found -> leaks.add(kind.name() + ": " + found));
            }
            soft.assertThat(leaks).as("%s answered %d with debug detail (seed: Debug Mode disabled): %s", what, answer.statusCode(),
                    body.length() > 600 ? body.substring(0, 600) + "..." : body).isEmpty();
        });
        soft.assertAll();
    }

    /** "7d", "1w", "15d or 512MiB": the time part of Prometheus' storageRetention, when it has one. */
    private static Optional<Duration> timePart(String retention) {
        for (String part : String.valueOf(retention).split("\\s+or\\s+")) {
            try {
                return Optional.of(PrometheusDuration.parse(part));
            } catch (IllegalArgumentException notTime) {
                // the size part, e.g. 512MiB
            }
        }
        return Optional.empty();
    }
}

package org.carla.staging.acceptance.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qameta.allure.Allure;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.carla.staging.acceptance.SecurityTest;
import org.carla.staging.acceptance.support.Accounts;
import org.carla.staging.acceptance.support.Prometheus;
import org.carla.staging.gate.await.Eventually;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.stack.StackContainers;
import org.carla.staging.gate.stack.StagingStack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed "Staging Security: Monitoring: Security event tracking": the gate's own attack traffic (failed logins,
 * requests without or with a forged token) must show up as a security metric
 * (staging.monitoring.security.*) or as structured (JSON) log events of the backend.
 */
@SecurityTest
@Feature("5. Security Testing")
@Story("Security event tracking")
class SecurityEventTrackingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ATTEMPTS = 3;

    @Test
    @DisplayName("The gate's failed logins are tracked as security events (metric or structured log)")
    void failedLoginsAreTracked(HttpSpecs http, GateConfig config, StagingStack stack) {
        String intruder = Accounts.unique("gate_intruder_");
        String query = config.monitoring().securityFailedLogins();
        Instant start = Instant.now();
        double before = orZero(new Prometheus(http).value(query));
        for (int i = 0; i < ATTEMPTS; i++) {
            given(http.backend()).body(Map.of("username", intruder, "password", "Wrong-Pass-" + i)).post("/api/auth/login")
                    .then().statusCode(401);
        }
        awaitTracked(http, config, stack, query, before, start, "failed logins of " + intruder,
                line -> line.toString().contains(intruder));
    }

    @Test
    @DisplayName("The gate's denied requests (no token, forged token) are tracked as security events (metric or structured log)")
    void deniedRequestsAreTracked(HttpSpecs http, GateConfig config, StagingStack stack) {
        String query = config.monitoring().securityDeniedRequests();
        Instant start = Instant.now();
        double before = orZero(new Prometheus(http).value(query));
        for (int i = 0; i < ATTEMPTS; i++) {
            var request = given(http.backend());
            if (i > 0) request.header("Authorization", "Bearer gate.forged.token" + i);
            int status = request.get("/api/auth/me").statusCode();
            assertThat(status).as("GET /api/auth/me without a valid token").isIn(401, 403);
        }
        awaitTracked(http, config, stack, query, before, start, "denied requests to /api/auth/me",
                line -> line.path("path").asText().equals("/api/auth/me") && List.of(401, 403).contains(line.path("status").asInt()));
    }

    private static void awaitTracked(HttpSpecs http, GateConfig config, StagingStack stack, String query, double before, Instant start,
                                     String what, Predicate<JsonNode> logEvent) {
        Prometheus prometheus = new Prometheus(http);
        Optional<StackContainers> containers = stack.containers();
        // The backend's container, found once: each lookup is a docker ps and an inspect of every container.
        Optional<String> backend = containers.map(c -> c.state("backend").containerId());
        new Eventually(config.timeouts()).untilHolds(what + " visible as a security metric or log event", () -> {
            double rise = orZero(prometheus.value(query)) - before;
            long events = containers.map(c -> structuredEvents(c, backend.orElseThrow(), start, logEvent)).orElse(0L);
            Allure.parameter("metric rise (" + query + ")", rise);
            Allure.parameter("structured log events", events);
            assertThat(rise >= ATTEMPTS || events >= ATTEMPTS)
                    .as("%s: %s rose by %s and the backend logged %s structured events for them since %s (need %s on either)",
                            what, query, rise, events, start, ATTEMPTS)
                    .isTrue();
        });
    }

    /**
     * Security events the backend logged since {@code start}: JSON lines (a plain-text line is not structured) that
     * are marked as an event (an {@code event} field, or level WARNING and above; a routine access-log line is
     * not) and match.
     */
    private static long structuredEvents(StackContainers containers, String backend, Instant start, Predicate<JsonNode> matches) {
        String log = containers.docker().logs(backend, start.minusSeconds(1), null);
        return log.lines().map(l -> l.substring(Math.max(0, l.indexOf('{')))).filter(l -> l.startsWith("{")).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception notJson) {
                return null;
            }
        }).filter(n -> n != null && (n.hasNonNull("event") || List.of("WARNING", "ERROR", "CRITICAL").contains(n.path("level").asText()))
                && matches.test(n)).count();
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}

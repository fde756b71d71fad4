package org.carla.staging.acceptance.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Allure;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.carla.staging.acceptance.IntegrationTest;
import org.carla.staging.acceptance.support.Prometheus;
import org.carla.staging.gate.await.Eventually;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.config.Timeouts;
import org.carla.staging.gate.docker.CommandResult;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.monitoring.AlertNotifications;
import org.carla.staging.gate.report.Figures;
import org.carla.staging.gate.stack.GateRun;
import org.carla.staging.gate.stack.HttpReadinessProbe;
import org.carla.staging.gate.stack.Outages;
import org.carla.staging.gate.stack.Requirements;
import org.carla.staging.gate.stack.StackContainers;
import org.carla.staging.gate.stack.StagingStack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed "Alerting", end to end and live: the gate causes a real condition (the backend stops answering: its
 * container is paused, as a hung process), and the alert must go pending, then firing in Prometheus, be
 * delivered by the real Alertmanager to the gate's webhook receiver, and be delivered as resolved once the
 * backend answers again. Each step is bounded (staging.monitoring.live.alert.timeout) and timed; the backend is
 * unpaused and answering again before the test ends, whatever happened.
 */
@IntegrationTest
@Feature("Monitoring and Observability")
@Story("Alerting")
class AlertDeliveryTest {

    @Test
    @DisplayName("A backend that stops answering raises its alert: pending, firing, delivered, then resolved after recovery")
    void aStoppedBackendIsAlertedEndToEnd(HttpSpecs http, GateConfig config, StagingStack stack, GateRun run) {
        StackContainers containers = Requirements.containers(stack);
        String alert = config.monitoring().liveAlert();
        String service = config.monitoring().liveAlertService();
        Eventually bounded = new Eventually(new Timeouts(config.timeouts().stackStartup(), config.monitoring().liveAlertTimeout(),
                config.timeouts().poll(), config.timeouts().httpRequest()));
        Allure.parameter("alert", alert);
        Allure.parameter("condition", service + " paused");
        new Eventually(config.timeouts()).untilAsserted(alert + " not active before the test", () ->
                assertThat(state(http, alert)).as("state of %s before the condition", alert).isEmpty());

        String container = containers.state(service).containerId();
        Instant paused = Instant.now();
        Instant resumed = null;
        try {
            expectOk(containers.docker().docker("pause", container), "docker pause " + service);
            AtomicReference<Instant> pendingAt = new AtomicReference<>();
            bounded.untilHolds(alert + " pending or firing in Prometheus", () -> {
                Optional<Map<String, Object>> active = active(http, alert);
                assertThat(active).as("%s in Prometheus /api/v1/alerts", alert).isPresent();
                pendingAt.set(Instant.parse(String.valueOf(active.get().get("activeAt"))));
            });
            bounded.untilHolds(alert + " firing", () -> assertThat(state(http, alert)).isEqualTo(Optional.of("firing")));
            Instant firingSeen = Instant.now();
            AtomicReference<Instant> deliveredAt = new AtomicReference<>();
            bounded.untilHolds(alert + " delivered (firing) to the gate's webhook receiver", () -> {
                var n = notifications(http).first(alert, "firing", paused);
                assertThat(n).as("firing notification of %s received by the webhook receiver", alert).isPresent();
                deliveredAt.set(n.get().receivedAt());
            });
            figure("pending after", paused, pendingAt.get());
            figure("firing seen after", paused, firingSeen);
            figure("delivered after", paused, deliveredAt.get());
            resumed = restore(containers, container, service, config);
            Instant since = resumed;
            AtomicReference<Instant> resolvedAt = new AtomicReference<>();
            bounded.untilHolds(alert + " delivered as resolved after " + service + " answers again", () -> {
                var n = notifications(http).first(alert, "resolved", since);
                assertThat(n).as("resolved notification of %s received by the webhook receiver", alert).isPresent();
                resolvedAt.set(n.get().receivedAt());
            });
            figure("resolved delivered after recovery", since, resolvedAt.get());
        } finally {
            if (resumed == null) restore(containers, container, service, config);
            awaitScrapedAgain(http, config);
            // The gate's own outage: run-long checks (every target up all run) leave it out.
            Outages.of(run).record(service, paused, Instant.now());
        }
    }

    /** Unpauses the service and waits until it answers from outside again: the stack as the next tests expect it. */
    private static Instant restore(StackContainers containers, String container, String service, GateConfig config) {
        CommandResult unpause = containers.docker().docker("unpause", container);
        Instant at = Instant.now();
        URI probe = config.readinessProbes().get(service);
        if (probe != null) {
            new Eventually(config.timeouts()).untilAsserted(service + " answers " + probe + " again", () ->
                    assertThat(new HttpReadinessProbe().notAnswering(probe)).as("%s after docker unpause (%s)", service, unpause.describe())
                            .isNull());
        }
        return at;
    }

    private static void awaitScrapedAgain(HttpSpecs http, GateConfig config) {
        String up = "min(up{job=\"" + config.expectations().prometheusBackendJob() + "\"})";
        Prometheus prometheus = new Prometheus(http);
        new Eventually(config.timeouts()).untilAsserted("Prometheus scrapes the backend again", () ->
                assertThat(prometheus.value(up)).as(up).isEqualTo(1.0));
    }

    private static void expectOk(CommandResult result, String step) {
        if (!result.ok()) throw new IllegalStateException(step + " failed: " + result.describe());
    }

    private static void figure(String name, Instant from, Instant to) {
        Figures.record(name, Duration.between(from, to).toMillis() / 1000.0, "s", "");
    }

    private static Optional<String> state(HttpSpecs http, String alert) {
        return active(http, alert).map(a -> String.valueOf(a.get("state")));
    }

    private static Optional<Map<String, Object>> active(HttpSpecs http, String alert) {
        List<Map<String, Object>> alerts = given(http.prometheus()).get("/api/v1/alerts").then().statusCode(200).extract().jsonPath()
                .getList("data.alerts");
        return alerts.stream().filter(a -> alert.equals(((Map<?, ?>) a.get("labels")).get("alertname"))).findFirst();
    }

    private static AlertNotifications notifications(HttpSpecs http) {
        return AlertNotifications.parse(given(http.alertReceiver()).get("/cgi-bin/alerts").then().statusCode(200).extract().asString());
    }
}

package org.carla.staging.acceptance.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.carla.staging.gate.await.Eventually;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.stack.ComposeStack;
import org.carla.staging.gate.stack.StagingStack;

/** Traffic the monitoring checks look at: the timed API routes, then the wait until Prometheus has scraped it. */
public final class Traffic {
    private static final String REQUESTS = "sum(carla_api_requests_total)";

    private Traffic() {
    }

    /** Each timed route {@code rounds} times; returns once Prometheus counts the requests (or the wait times out). */
    public static void sendAndAwaitScrape(HttpSpecs http, GateConfig config, int rounds) {
        Prometheus prometheus = new Prometheus(http);
        double before = prometheus.value(REQUESTS);
        int sent = 0;
        for (int i = 0; i < rounds; i++) {
            for (String route : config.expectations().timedApiRoutes()) {
                given(http.backend()).get(route);
                sent++;
            }
        }
        int expected = sent;
        new Eventually(config.timeouts()).untilAsserted(REQUESTS + " counts the " + sent + " requests just sent", () -> {
            double now = prometheus.value(REQUESTS);
            assertThat(Double.isNaN(before) ? now : now - before).as(REQUESTS + " rise (before: %s)", before)
                    .isGreaterThanOrEqualTo(Double.isNaN(before) ? 1 : expected);
        });
    }

    /** The compose project of this run ($project in key-metric selectors); the configured name for a deployed staging. */
    public static String project(StagingStack stack) {
        return stack instanceof ComposeStack compose ? compose.project().name() : stack.config().projectName();
    }
}

package org.carla.staging.acceptance.support;

import static io.restassured.RestAssured.given;

import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.stack.ComposeStack;
import org.carla.staging.gate.stack.StagingStack;

/** Traffic the monitoring checks look at: the timed API routes. */
public final class Traffic {
    private Traffic() {
    }

    /**
     * Each timed route {@code rounds} times. The checks that look at the traffic wait for it themselves (each
     * with its own bounded wait), so a family already scraped passes at once and none pays a fixed scrape wait.
     */
    public static void send(HttpSpecs http, GateConfig config, int rounds) {
        for (int i = 0; i < rounds; i++) {
            for (String route : config.expectations().timedApiRoutes()) given(http.backend()).get(route);
        }
    }

    /** The compose project of this run ($project in key-metric selectors); the configured name for a deployed staging. */
    public static String project(StagingStack stack) {
        return stack instanceof ComposeStack compose ? compose.project().name() : stack.config().projectName();
    }
}

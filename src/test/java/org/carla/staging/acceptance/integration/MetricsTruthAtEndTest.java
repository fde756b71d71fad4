package org.carla.staging.acceptance.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Allure;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.carla.staging.acceptance.IntegrationTest;
import org.carla.staging.acceptance.support.Prometheus;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.metrics.RequestTally;
import org.carla.staging.gate.stack.GateRun;
import org.carla.staging.gate.stack.LoadPeriods;
import org.carla.staging.gate.stack.Outages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The second half of {@link MetricsTruthTest}, all run long: after every suite of default order (the load
 * levels included), the application's request counter and duration histogram must still have risen by
 * every request the gate sent since the run began (a counter that freezes mid-run is caught here), and
 * every Prometheus scrape target must have been up at every scrape of the run.
 */
@IntegrationTest
@Feature("Monitoring and Observability")
@Story("Metrics tell the truth")
@Order(Order.DEFAULT + 1) // after every class of default order, the load levels included; before the passive scan's verdict
class MetricsTruthAtEndTest {

    @Test
    @DisplayName("After the load levels: the app's request counter and duration histogram rose by every request the gate sent")
    void countersRiseByTheGatesRequestsAllRunLong(HttpSpecs http, GateConfig config, GateRun run) {
        MetricsTruthTest.assertCountersMatch(http, config, RequestTally.of(run), "at the end of the run", true);
    }

    @Test
    @DisplayName("Every Prometheus scrape target was up at every scrape of the run (the gate's own outages left out)")
    void everyScrapeTargetStayedUpAllRunLong(HttpSpecs http, GateConfig config, GateRun run) {
        Instant now = Instant.now();
        Instant began = RequestTally.of(run).startedAt();
        // A scrape under way when an outage began fails with it, stamped with its start: one scrape interval of lead.
        List<Instant[]> windows = Outages.of(run).clearWindows(began, now, config.monitoring().scrapeInterval());
        Allure.parameter("gate's own outages left out", Outages.of(run).all().toString());
        Allure.parameter("gate's load levels", LoadPeriods.of(run).all().toString());
        Prometheus prometheus = new Prometheus(http);
        Set<String> targets = new TreeSet<>();
        Map<String, Double> longest = new TreeMap<>();
        List<String> down = new ArrayList<>();
        for (Instant[] window : windows) {
            long seconds = Duration.between(window[0], window[1]).toSeconds();
            if (seconds < 1) continue;
            // Every scrape in the range ending at the window's end (PromQL's @ modifier), so each window is judged on its own
            // and each scrape that failed is named with its time and what the gate's load was doing then.
            String range = "[" + seconds + "s] @ " + window[1].getEpochSecond();
            for (Prometheus.Samples target : prometheus.samples("up" + range)) {
                targets.add(target.target());
                target.samples().stream().filter(s -> s.value() < 1).forEach(s -> down.add(target.target() + " down at " + s.time()
                        + ", " + LoadPeriods.of(run).describe(s.time())));
            }
            // How close the targets came to the scrape timeout, in the same windows: the margin a reader wants beside a pass.
            prometheus.vector("max_over_time(scrape_duration_seconds" + range + ")").forEach(s ->
                    longest.merge(s.target(), s.value(), Math::max));
        }
        long total = Math.max(1, Duration.between(began, now).toSeconds());
        Allure.parameter("window", total + " s in " + windows.size() + " part(s)");
        Allure.parameter("longest scrape per target (s)", longest.toString());
        assertThat(targets).as("scrape targets seen by Prometheus in the last %d s", total).isNotEmpty();
        assertThat(down).as("scrapes that found their target down in the last %d s, the gate's own outages left out "
                + "(a scrape fails when its target does not answer within Prometheus' scrape timeout)", total).isEmpty();
    }
}

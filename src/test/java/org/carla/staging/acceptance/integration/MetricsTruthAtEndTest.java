package org.carla.staging.acceptance.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Allure;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.carla.staging.acceptance.IntegrationTest;
import org.carla.staging.acceptance.support.PrometheusQuery;
import org.carla.staging.acceptance.support.PrometheusQuery.Series;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.metrics.RequestTally;
import org.carla.staging.gate.stack.GateRun;
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
    @DisplayName("Every Prometheus scrape target was up at every scrape of the run")
    void everyScrapeTargetStayedUpAllRunLong(HttpSpecs http, GateRun run) {
        long seconds = Math.max(1, Duration.between(RequestTally.of(run).startedAt(), Instant.now()).toSeconds());
        List<Series> lowest = PrometheusQuery.vector(http, "min_over_time(up[" + seconds + "s])");
        List<Series> scrapes = PrometheusQuery.vector(http, "count_over_time(up[" + seconds + "s])");
        Allure.parameter("window", seconds + " s");
        Allure.parameter("scrapes per target", scrapes.stream().map(s -> s.label("job") + " " + s.label("instance") + ": "
                + (long) s.value()).toList().toString());
        assertThat(lowest).as("scrape targets seen by Prometheus in the last %d s", seconds).isNotEmpty();
        assertThat(lowest).as("targets down at one or more scrapes in the last %d s (min of up per job and instance)", seconds)
                .filteredOn(s -> s.value() < 1).isEmpty();
    }
}

package org.carla.staging.gate.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.carla.staging.gate.metrics.PrometheusDuration;
import org.junit.jupiter.api.Test;

class QueryWindowTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void intervalIsTheRangeOverMaxDataPointsRoundedAsGrafanaRoundsIt() {
        // 6 h / 1000 points = 21.6 s -> Grafana rounds to 20 s
        QueryWindow w = QueryWindow.of(NOW.minus(Duration.ofHours(6)), NOW, Duration.ofSeconds(10), null, null, false);
        assertThat(w.builtins()).containsEntry("__interval", "20s").containsEntry("__interval_ms", "20000");
    }

    @Test
    void intervalNeverGoesBelowTheScrapeIntervalOrThePanelsMinimum() {
        QueryWindow oneHour = QueryWindow.of(NOW.minus(Duration.ofHours(1)), NOW, Duration.ofSeconds(10), null, null, false);
        assertThat(oneHour.interval()).isEqualTo(Duration.ofSeconds(10)); // 3.6 s computed, 10 s scrape floor
        QueryWindow panelMin = QueryWindow.of(NOW.minus(Duration.ofHours(1)), NOW, Duration.ofSeconds(10), Duration.ofMinutes(1), null, false);
        assertThat(panelMin.builtins()).containsEntry("__interval", "1m");
    }

    @Test
    void rateIntervalIsIntervalPlusScrapeOrFourScrapesWhicheverIsLarger() {
        QueryWindow small = QueryWindow.of(NOW.minus(Duration.ofHours(1)), NOW, Duration.ofSeconds(10), null, null, false);
        assertThat(small.builtins()).containsEntry("__rate_interval", "40s"); // max(10+10, 4x10)
        QueryWindow wide = QueryWindow.of(NOW.minus(Duration.ofDays(7)), NOW, Duration.ofSeconds(15), null, null, false);
        // 7 d / 1000 = 604.8 s -> 10 m; max(10m + 15s, 60s) = 615 s
        assertThat(wide.builtins()).containsEntry("__interval", "10m").containsEntry("__rate_interval", "615s");
    }

    @Test
    void rangeVariantsAreTheWholeWindow() {
        QueryWindow w = QueryWindow.of(NOW.minus(Duration.ofHours(1)), NOW, Duration.ofSeconds(15), null, 200, false);
        assertThat(w.builtins()).containsEntry("__range", "3600s").containsEntry("__range_s", "3600").containsEntry("__range_ms", "3600000")
                .containsEntry("__interval", "20s"); // 3600 / 200 = 18 s -> 20 s
    }

    @Test
    void lokisAutoIsTheStepForRangeAndTheRangeForInstantQueries() {
        assertThat(QueryWindow.of(NOW.minus(Duration.ofHours(1)), NOW, Duration.ofSeconds(10), null, null, false).builtins())
                .containsEntry("__auto", "10s");
        assertThat(QueryWindow.of(NOW.minus(Duration.ofHours(1)), NOW, Duration.ofSeconds(10), null, null, true).builtins())
                .containsEntry("__auto", "3600s");
    }

    @Test
    void grafanaTimesAndIntervalsParse() {
        assertThat(GrafanaTime.instant("now-6h", NOW)).isEqualTo(NOW.minus(Duration.ofHours(6)));
        assertThat(GrafanaTime.instant("now-7d/d", NOW)).isEqualTo(NOW.minus(Duration.ofDays(7)));
        assertThat(GrafanaTime.instant("now", NOW)).isEqualTo(NOW);
        assertThat(GrafanaTime.instant("2025-06-13T07:56:41.496Z", NOW)).isEqualTo(Instant.parse("2025-06-13T07:56:41.496Z"));
        assertThat(GrafanaTime.interval("1m")).isEqualTo(Duration.ofMinutes(1));
        assertThat(GrafanaTime.interval("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(GrafanaTime.round(Duration.ofMillis(1_300))).isEqualTo(Duration.ofSeconds(1));
        assertThat(GrafanaTime.round(Duration.ofSeconds(100))).isEqualTo(Duration.ofMinutes(2));
        assertThat(PrometheusDuration.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(PrometheusDuration.format(Duration.ofHours(2))).isEqualTo("2h");
    }
}

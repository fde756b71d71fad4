package org.carla.staging.gate.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.carla.staging.gate.config.Semantics.MetricsTruth;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {
    private static final String EXPOSITION = """
            # HELP carla_api_requests_total API requests
            # TYPE carla_api_requests_total counter
            carla_api_requests_total{endpoint="/api/scenarios",method="GET"} 12.0
            carla_api_requests_total{endpoint="/metrics",method="GET"} 40.0
            carla_api_requests_total{endpoint="/api/reports/{report_id}",method="DELETE"} 3.0
            carla_api_requests_created{endpoint="/api/scenarios",method="GET"} 1.7e+09
            carla_api_request_duration_seconds_bucket{endpoint="/api/scenarios",le="+Inf"} 12.0
            carla_api_request_duration_seconds_count{endpoint="/api/scenarios"} 12.0
            carla_api_request_duration_seconds_sum{endpoint="/api/scenarios"} 0.25
            carla_api_request_duration_seconds_count{endpoint="/metrics"} 40.0
            carla_api_request_duration_seconds_sum{endpoint="/metrics"} 2.0
            carla_api_request_duration_seconds_count{endpoint="/api/reports/{report_id}"} 2.0
            carla_api_request_duration_seconds_sum{endpoint="/api/reports/{report_id}"} 0.1
            carla_app_info{version="staging",build_time="x \\"quoted\\"",docker_image_tag="staging"} 1.0
            process_open_fds 12 1700000000000
            a line that is not a sample
            """;
    private static final MetricsTruth SETTINGS = new MetricsTruth("carla_api_requests_total", "carla_api_request_duration_seconds",
            "endpoint", List.of("/health", "/metrics"), List.of("/api/"), 0.01, 30);

    @Test
    void samplesAreReadWithTheirLabelsAndOddLinesAreSkipped() {
        PrometheusText text = PrometheusText.parse(EXPOSITION);
        assertThat(text.named("carla_app_info")).singleElement().satisfies(s -> {
            assertThat(s.label("version")).isEqualTo("staging");
            assertThat(s.label("build_time")).isEqualTo("x \"quoted\"");
        });
        assertThat(text.named("process_open_fds")).singleElement().satisfies(s -> assertThat(s.value()).isEqualTo(12));
        assertThat(text.named("carla_api_request_duration_seconds_bucket").get(0).value()).isEqualTo(12);
    }

    @Test
    void figuresLeaveOutTheExcludedEndpointsAndNameMissingMetrics() {
        RequestFigures figures = RequestFigures.of(EXPOSITION, SETTINGS);
        assertThat(figures.requests()).isEqualTo(15);
        assertThat(figures.observations()).isEqualTo(14);
        assertThat(figures.usable()).isTrue();
        RequestFigures none = RequestFigures.of("process_open_fds 3\n", SETTINGS);
        assertThat(none.missing()).containsExactly("carla_api_requests_total", "carla_api_request_duration_seconds_count",
                "carla_api_request_duration_seconds_sum");
        assertThat(figures.since(RequestFigures.of(EXPOSITION.replace("} 12.0", "} 2.0"), SETTINGS)).requests()).isEqualTo(10);
    }

    @Test
    void prometheusDurationsReadAsPrometheusWritesThem() {
        assertThat(PrometheusDuration.parse("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(PrometheusDuration.parse("1w")).isEqualTo(Duration.ofDays(7));
        assertThat(PrometheusDuration.parse("1d12h")).isEqualTo(Duration.ofHours(36));
        assertThat(PrometheusDuration.format(Duration.ofDays(7))).isEqualTo("7d");
        assertThatThrownBy(() -> PrometheusDuration.parse("seven days")).hasMessageContaining("7d");
    }
}

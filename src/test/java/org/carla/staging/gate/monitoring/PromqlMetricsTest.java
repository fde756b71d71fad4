package org.carla.staging.gate.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromqlMetricsTest {
    @Test
    void metricNamesAreFoundBesideFunctionsLabelsAndGrouping() {
        assertThat(PromqlMetrics.names("histogram_quantile(0.95, sum by (le, endpoint) (rate(carla_api_request_duration_seconds_bucket{job=\"x\"}[5m])))"))
                .containsExactly("carla_api_request_duration_seconds_bucket");
        assertThat(PromqlMetrics.names("(nvidia_gpu_memory_used_bytes / nvidia_gpu_memory_total_bytes) * 100"))
                .containsExactly("nvidia_gpu_memory_used_bytes", "nvidia_gpu_memory_total_bytes");
        assertThat(PromqlMetrics.names("100 - (avg by (instance) (irate(node_cpu_seconds_total{mode=\"idle\"}[5m])) * 100)"))
                .containsExactly("node_cpu_seconds_total");
        assertThat(PromqlMetrics.names("max(up{job=\"carla-client\"}) or vector(0)")).containsExactly("up");
        assertThat(PromqlMetrics.names("sum(x) / on (instance) group_left max(y) > 0.9")).containsExactly("x", "y");
        assertThat(PromqlMetrics.names("count({__name__=\"carla_app_info\"})")).containsExactly("carla_app_info");
        assertThat(PromqlMetrics.names("time() - process_start_time_seconds offset 5m")).containsExactly("process_start_time_seconds");
    }
}

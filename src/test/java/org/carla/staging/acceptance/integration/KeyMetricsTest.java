package org.carla.staging.acceptance.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Allure;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.carla.staging.acceptance.IntegrationTest;
import org.carla.staging.acceptance.support.Prometheus;
import org.carla.staging.acceptance.support.Traffic;
import org.carla.staging.gate.await.Eventually;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.stack.Requirements;
import org.carla.staging.gate.stack.ServiceState;
import org.carla.staging.gate.stack.StagingStack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Seed "Key Metrics": container health and resource usage, API response times and error rates, database
 * performance and connections are collected by Prometheus. Each family (staging.monitoring.key.metrics) must
 * have live series after traffic; cAdvisor must report every container of this stack.
 */
@IntegrationTest
@Feature("Monitoring and Observability")
@Story("Key Metrics")
class KeyMetricsTest {

    @TestFactory
    @DisplayName("Each key metric family of the seed has live series after traffic")
    Stream<DynamicTest> eachKeyMetricFamilyHasLiveSeries(HttpSpecs http, GateConfig config, StagingStack stack) {
        Traffic.send(http, config, 3);
        Prometheus prometheus = new Prometheus(http);
        String project = Traffic.project(stack);
        return config.monitoring().keyMetrics().entrySet().stream().map(family -> {
            String selector = family.getValue().replace("$project", project);
            return DynamicTest.dynamicTest(family.getKey() + ": " + selector, () -> {
                Allure.parameter("selector", selector);
                AtomicReference<List<Prometheus.Series>> series = new AtomicReference<>(List.of());
                new Eventually(config.timeouts()).untilHolds(family.getKey() + " has live series", () -> {
                    series.set(prometheus.vector(selector));
                    assertThat(series.get()).as("series of %s (%s) in Prometheus", family.getKey(), selector).isNotEmpty();
                });
                Allure.parameter("series", series.get().size());
            });
        });
    }

    @Test
    @DisplayName("cAdvisor reports the resource usage of every container of the stack")
    void everyContainerOfTheStackHasResourceSeries(HttpSpecs http, GateConfig config, StagingStack stack) {
        List<String> services = Requirements.containers(stack).states().stream()
                .filter(s -> !s.init() && "running".equals(s.status())).map(ServiceState::service).sorted().toList();
        String query = "count by (compose_service) (container_memory_usage_bytes{compose_project=\"" + Traffic.project(stack) + "\"})";
        Prometheus prometheus = new Prometheus(http);
        new Eventually(config.timeouts()).untilHolds("memory series for " + services, () ->
                assertThat(prometheus.vector(query).stream().map(s -> s.label("compose_service")).toList())
                        .as("services with container memory series (%s)", query).containsAll(services));
    }
}

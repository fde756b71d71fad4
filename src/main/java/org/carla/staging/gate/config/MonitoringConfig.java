package org.carla.staging.gate.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Monitoring as a tested product: the seed's key metric families (name → PromQL selector that must have live
 * series after traffic; {@code $project} stands for the run's compose project), the dashboard and data source
 * folders whose panels must answer, the scrape interval Grafana assumes, the alert rules folder (host side, and
 * where Prometheus mounts it), the alert the live test drives by pausing a service, and the queries that must
 * count the gate's own failed logins and denied requests (seed "Security event tracking").
 */
public record MonitoringConfig(Map<String, String> keyMetrics, List<Path> dashboards, List<Path> datasources, Duration scrapeInterval,
                               Path rulesDir, String rulesMount, String liveAlert, String liveAlertService, Duration liveAlertTimeout,
                               String securityFailedLogins, String securityDeniedRequests) {

    static MonitoringConfig read(Settings s, Path projectDir) {
        return new MonitoringConfig(keyMetrics(s.text("staging.monitoring.key.metrics")),
                s.requiredList("staging.monitoring.dashboards").stream().map(d -> projectDir.resolve(d).normalize()).toList(),
                s.requiredList("staging.monitoring.datasources").stream().map(d -> projectDir.resolve(d).normalize()).toList(),
                s.duration("staging.monitoring.scrape.interval"),
                s.path("staging.monitoring.rules.dir", projectDir), s.text("staging.monitoring.rules.mount"),
                s.text("staging.monitoring.live.alert"), s.text("staging.monitoring.live.alert.service"),
                s.duration("staging.monitoring.live.alert.timeout"),
                s.text("staging.monitoring.security.failed.logins"), s.text("staging.monitoring.security.denied.requests"));
    }

    /** {@code name: promql; name: promql}: the name is the seed's wording, the selector what must answer. */
    static Map<String, String> keyMetrics(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String entry : Arrays.stream(raw.split(";")).map(String::strip).filter(e -> !e.isEmpty()).toList()) {
            int colon = entry.indexOf(':');
            if (colon <= 0 || entry.substring(colon + 1).isBlank()) {
                throw new ConfigException("staging.monitoring.key.metrics", "'" + entry + "' is not 'name: PromQL selector'",
                        "write e.g. database connections: pg_stat_activity_count; API error rates: carla_api_responses_total");
            }
            out.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
        }
        if (out.isEmpty()) {
            throw new ConfigException("staging.monitoring.key.metrics", "is empty", "name at least one metric family: 'name: selector; ...'");
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}

package org.carla.staging.gate.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.carla.staging.gate.metrics.PrometheusDuration;

/**
 * What the seed and the contract mean, beyond the shape of an answer: the scenarios the application must
 * list, the environment its backend container must see, the retention Prometheus must run with, the
 * container port behind each published port, what a DEBUG log line and an unhealthy component look like,
 * and how the app's request metrics are compared with the requests the gate sent. The defaults are the
 * seed's and the contract's values: a user with other values changes a setting, never a test.
 */
public record Semantics(List<String> scenarios, Map<String, String> backendEnvironment, Duration metricsRetention,
                        Map<String, Integer> containerPorts, Pattern debugLogLine, HealthWords health,
                        MetricsTruth metrics) {

    /**
     * How a component's report in /health reads when it is not healthy: a string value that is one of
     * {@code unhealthyValues} (down, degraded, ...), or a boolean flag named like one of {@code positiveFlags}
     * (connected, ready, ...) that is false. Compared ignoring case.
     */
    public record HealthWords(List<String> unhealthyValues, List<String> positiveFlags) {
    }

    /**
     * How the app's request counter and duration histogram are compared with the gate's own count.
     *
     * @param excludedEndpoints endpoints other clients call on their own (Prometheus scrapes /metrics, probes
     *                          call /health): left out on both sides
     * @param proxiedPrefixes   paths the frontend hands to the backend (nginx /api/): counted when sent there
     * @param toleranceRatio    allowed difference as a share of the gate's count
     * @param toleranceRequests allowed difference in requests, on top of the share: requests the gate causes
     *                          but cannot count one by one (the browser's page loads fetch /api/ itself)
     */
    public record MetricsTruth(String counter, String histogram, String endpointLabel, List<String> excludedEndpoints,
                               List<String> proxiedPrefixes, double toleranceRatio, long toleranceRequests) {

        /**
         * The difference allowed between the app's figure and the gate's count of {@code sent} requests: the
         * share, plus the requests when traffic the gate cannot count one by one may have happened.
         */
        public long allowedDifference(long sent, boolean uncountedTraffic) {
            return (uncountedTraffic ? toleranceRequests : 0) + (long) Math.ceil(toleranceRatio * sent);
        }
    }

    static Semantics read(Settings s) {
        return new Semantics(s.requiredList("staging.expected.scenarios"),
                assignments(s, "staging.expected.backend.environment"),
                retention(s, "staging.expected.metrics.retention"),
                containerPorts(s, "staging.expected.container.ports"),
                regex(s, "staging.logs.debug.pattern"),
                new HealthWords(lower(s.requiredList("staging.health.unhealthy.values")), lower(s.requiredList("staging.health.positive.flags"))),
                new MetricsTruth(s.text("staging.metrics.requests.counter"), s.text("staging.metrics.duration.histogram"),
                        s.text("staging.metrics.endpoint.label"), s.list("staging.metrics.excluded.endpoints"),
                        s.requiredList("staging.metrics.proxied.prefixes"), s.share("staging.metrics.tolerance.ratio"),
                        s.count("staging.metrics.tolerance.requests")));
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    private static Map<String, String> assignments(Settings s, String key) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String entry : s.requiredList(key)) {
            int eq = entry.indexOf('=');
            if (eq < 1) throw new ConfigException(key, "'" + entry + "' is not NAME=value", "write e.g. ENVIRONMENT=staging,DEBUG=false");
            values.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
        }
        return Map.copyOf(values);
    }

    private static Duration retention(Settings s, String key) {
        try {
            return PrometheusDuration.parse(s.text(key));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, e.getMessage(), "write it as Prometheus does, e.g. 7d or 168h");
        }
    }

    private static Map<String, Integer> containerPorts(Settings s, String key) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String entry : s.requiredList(key)) {
            String[] parts = entry.split(":");
            try {
                int port = Integer.parseInt(parts[1].strip());
                if (parts.length != 2 || parts[0].isBlank() || port < 1 || port > 65535) throw new IllegalArgumentException();
                ports.put(parts[0].strip(), port);
            } catch (RuntimeException e) {
                throw new ConfigException(key, "'" + entry + "' is not service:containerPort", "write e.g. backend:8000,frontend:3000");
            }
        }
        return Map.copyOf(ports);
    }

    private static Pattern regex(Settings s, String key) {
        try {
            return Pattern.compile(s.text(key));
        } catch (PatternSyntaxException e) {
            throw new ConfigException(key, "is not a regular expression: " + e.getDescription(), "give a Java regular expression");
        }
    }
}

package org.carla.staging.gate.load;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The k6 metrics a threshold may name, which aggregations each allows, and how its figure reads. */
enum ThresholdMetric {
    HTTP_REQ_DURATION(true, "ms", "avg", "min", "med", "max", "p(N)"),
    HTTP_REQ_FAILED(true, "", "rate"),
    HTTP_REQS(true, "", "count", "rate"),
    DATA_RECEIVED(true, "B", "count", "rate"),
    ITERATIONS(false, "", "count", "rate"),
    DROPPED_ITERATIONS(false, "", "count", "rate"),
    LATE_ITERATIONS(false, "", "count", "rate"),
    VUS(false, "", "value"),
    VUS_MAX(false, "", "value");

    private final boolean perEndpoint;
    private final String unit;
    private final Set<String> aggregations;

    ThresholdMetric(boolean perEndpoint, String unit, String... aggregations) {
        this.perEndpoint = perEndpoint;
        this.unit = unit;
        this.aggregations = Set.of(aggregations);
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean perEndpoint() {
        return perEndpoint;
    }

    boolean allows(String aggregation) {
        return aggregations.contains(aggregation.startsWith("p(") ? "p(N)" : aggregation);
    }

    String allowed() {
        return aggregations.stream().sorted().collect(Collectors.joining(", "));
    }

    static Optional<ThresholdMetric> named(String key) {
        return Arrays.stream(values()).filter(m -> m.key().equals(key)).findFirst();
    }

    static String known() {
        return Arrays.stream(values()).map(ThresholdMetric::key).collect(Collectors.joining(", "));
    }

    /** The figure the aggregation names, NaN when it has no value (an endpoint with no requests). */
    double measure(EndpointStats stats, LoadResult result, String aggregation, double percentile) {
        switch (this) {
            case HTTP_REQ_DURATION:
                switch (aggregation) {
                    case "avg": return stats.duration().avg();
                    case "min": return stats.duration().min();
                    case "med": return stats.duration().med();
                    case "max": return stats.duration().max();
                    default: return stats.percentileMs(percentile);
                }
            case HTTP_REQ_FAILED: return stats.failedRate();
            case HTTP_REQS: return "count".equals(aggregation) ? stats.requests() : stats.requestRate();
            case DATA_RECEIVED: return "count".equals(aggregation) ? stats.bytesReceived() : stats.bytesReceivedRate();
            case ITERATIONS: return countOrRate(result.iterations(), result, aggregation);
            case DROPPED_ITERATIONS: return countOrRate(result.droppedIterations(), result, aggregation);
            case LATE_ITERATIONS: return countOrRate(result.lateIterations(), result, aggregation);
            case VUS: return result.vus();
            default: return result.vusMax();
        }
    }

    private static double countOrRate(long count, LoadResult result, String aggregation) {
        return "count".equals(aggregation) ? count : result.measuredSeconds() > 0 ? count / result.measuredSeconds() : 0;
    }

    String format(double value, String aggregation) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (this == HTTP_REQ_DURATION) {
            return String.format(Locale.ROOT, "%.1fms", value);
        }
        if (this == HTTP_REQ_FAILED) {
            return String.format(Locale.ROOT, "%.4f", value);
        }
        if ("rate".equals(aggregation)) {
            return String.format(Locale.ROOT, "%.1f%s/s", value, unit);
        }
        return String.format(Locale.ROOT, "%d%s", (long) value, unit);
    }
}

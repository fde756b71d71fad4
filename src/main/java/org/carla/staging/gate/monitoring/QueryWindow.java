package org.carla.staging.gate.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.carla.staging.gate.metrics.PrometheusDuration;

/**
 * The time window of one panel query and Grafana's built-in variables derived from it, computed as
 * Grafana computes them: {@code $__interval} = the range divided by the panel's max data points, rounded
 * to a nice interval, never below the minimum interval (the panel's, else the data source's scrape
 * interval); {@code $__rate_interval} = max({@code $__interval} + scrape interval, 4 x scrape interval)
 * (Grafana's Prometheus data source); {@code $__range} = the whole range in seconds.
 */
public record QueryWindow(Instant from, Instant to, Duration interval, Duration scrapeInterval, boolean instant) {

    /** Grafana's default when a panel sets no max data points: about the width of a panel in pixels. */
    public static final int DEFAULT_MAX_DATA_POINTS = 1000;

    public static QueryWindow of(Instant from, Instant to, Duration scrapeInterval, Duration minInterval, Integer maxDataPoints,
                                 boolean instant) {
        int points = maxDataPoints == null || maxDataPoints <= 0 ? DEFAULT_MAX_DATA_POINTS : maxDataPoints;
        Duration computed = GrafanaTime.round(Duration.between(from, to).dividedBy(points));
        Duration floor = minInterval != null ? minInterval : scrapeInterval;
        Duration interval = computed.compareTo(floor) < 0 ? floor : computed;
        return new QueryWindow(from, to, interval, scrapeInterval, instant);
    }

    public Duration range() {
        return Duration.between(from, to);
    }

    public Duration rateInterval() {
        Duration plusScrape = interval.plus(scrapeInterval);
        Duration fourScrapes = scrapeInterval.multipliedBy(4);
        return plusScrape.compareTo(fourScrapes) > 0 ? plusScrape : fourScrapes;
    }

    /** Grafana's built-in variables for this window, by name without the {@code $}. */
    public Map<String, String> builtins() {
        long rangeSeconds = range().toSeconds();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("__interval", PrometheusDuration.format(interval));
        values.put("__interval_ms", String.valueOf(interval.toMillis()));
        values.put("__rate_interval", PrometheusDuration.format(rateInterval()));
        values.put("__rate_interval_ms", String.valueOf(rateInterval().toMillis()));
        values.put("__range", rangeSeconds + "s");
        values.put("__range_s", String.valueOf(rangeSeconds));
        values.put("__range_ms", String.valueOf(range().toMillis()));
        // Loki (Grafana 10+): $__auto is the step of a range query, the whole range of an instant one.
        values.put("__auto", instant ? rangeSeconds + "s" : PrometheusDuration.format(interval));
        values.put("__from", String.valueOf(from.toEpochMilli()));
        values.put("__to", String.valueOf(to.toEpochMilli()));
        return values;
    }
}

package org.carla.staging.gate.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carla.staging.gate.config.Semantics.MetricsTruth;

/**
 * What the application's own metrics say about the requests it served, read from its /metrics: the
 * request counter's total, the duration histogram's count and sum, each over every endpoint except those
 * other clients call on their own, and what it could not find.
 *
 * @param byEndpoint the counter per endpoint label (for the report)
 * @param missing    metrics the exposition lacks: the figures are then not usable
 */
public record RequestFigures(double requests, double observations, double seconds, Map<String, Double> byEndpoint,
                             List<String> missing) {

    public RequestFigures {
        byEndpoint = Map.copyOf(byEndpoint);
        missing = List.copyOf(missing);
    }

    /** Reads the figures from a Prometheus text exposition, as the settings name the metrics. */
    public static RequestFigures of(String exposition, MetricsTruth settings) {
        PrometheusText text = PrometheusText.parse(exposition);
        String label = settings.endpointLabel();
        List<String> missing = new ArrayList<>();
        String count = settings.histogram() + "_count";
        String sum = settings.histogram() + "_sum";
        for (String name : List.of(settings.counter(), count, sum)) {
            if (text.named(name).isEmpty()) missing.add(name);
        }
        java.util.function.Predicate<PrometheusText.Sample> counted = s -> !settings.excludedEndpoints().contains(s.label(label));
        Map<String, Double> byEndpoint = new java.util.TreeMap<>();
        text.named(settings.counter()).stream().filter(counted)
                .forEach(s -> byEndpoint.merge(s.label(label), s.value(), Double::sum));
        return new RequestFigures(text.sum(settings.counter(), counted), text.sum(count, counted), text.sum(sum, counted),
                byEndpoint, missing);
    }

    /** What rose between an earlier reading and this one. */
    public RequestFigures since(RequestFigures earlier) {
        Map<String, Double> delta = new java.util.TreeMap<>();
        byEndpoint.forEach((endpoint, value) -> {
            double rise = value - earlier.byEndpoint.getOrDefault(endpoint, 0.0);
            if (rise != 0) delta.put(endpoint, rise);
        });
        List<String> gaps = new ArrayList<>(missing);
        earlier.missing.stream().filter(m -> !gaps.contains(m)).forEach(gaps::add);
        return new RequestFigures(requests - earlier.requests, observations - earlier.observations, seconds - earlier.seconds,
                delta, gaps);
    }

    public boolean usable() {
        return missing.isEmpty();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "requests %.0f, duration observations %.0f (%.1f s)%s", requests, observations, seconds,
                missing.isEmpty() ? "" : ", missing metrics " + missing);
    }
}

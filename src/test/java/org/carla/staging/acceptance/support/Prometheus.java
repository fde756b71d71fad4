package org.carla.staging.acceptance.support;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.carla.staging.gate.http.HttpSpecs;

/** PromQL from the gate's suites: instant queries through the report's HTTP specs (each exchange attached); the suites' one Prometheus client. */
public final class Prometheus {
    private final HttpSpecs http;

    public Prometheus(HttpSpecs http) {
        this.http = http;
    }

    /** The series of an instant query: labels and value; a query Prometheus refuses fails with its error. */
    public List<Series> vector(String promql) {
        return result(promql).stream().map(r -> {
            @SuppressWarnings("unchecked") Map<String, String> labels = (Map<String, String>) r.get("metric");
            @SuppressWarnings("unchecked") List<Object> value = (List<Object>) r.get("value");
            return new Series(labels, value == null ? Double.NaN : Double.parseDouble(String.valueOf(value.get(1))));
        }).toList();
    }

    /** The raw samples of a range-vector selector ({@code up[60s] @ t}): each scrape with its time and value. */
    public List<Samples> samples(String rangeSelector) {
        return result(rangeSelector).stream().map(r -> {
            @SuppressWarnings("unchecked") Map<String, String> labels = (Map<String, String>) r.get("metric");
            @SuppressWarnings("unchecked") List<List<Object>> values = (List<List<Object>>) r.get("values");
            List<Sample> samples = values == null ? List.of() : values.stream().map(v -> new Sample(
                    Instant.ofEpochMilli(Math.round(Double.parseDouble(String.valueOf(v.get(0))) * 1000)),
                    Double.parseDouble(String.valueOf(v.get(1))))).toList();
            return new Samples(labels, samples);
        }).toList();
    }

    private List<Map<String, Object>> result(String promql) {
        var answer = given(http.prometheus()).queryParam("query", promql).get("/api/v1/query").then().extract();
        if (answer.statusCode() != 200) {
            throw new AssertionError("Prometheus refused " + promql + ": " + answer.body().asString());
        }
        return answer.jsonPath().getList("data.result");
    }

    /** The value of a query that yields one series (a sum, a count); NaN when it yields none. */
    public double value(String promql) {
        List<Series> series = vector(promql);
        return series.isEmpty() ? Double.NaN : series.get(0).value();
    }

    /** {@code job instance}: how a scrape target is named to a reader. */
    private static String targetOf(Map<String, String> labels) {
        return labels.getOrDefault("job", "") + " " + labels.getOrDefault("instance", "");
    }

    /** One scrape's value. */
    public record Sample(Instant time, double value) {
    }

    /** One series of a range vector: its labels and every sample in the range. */
    public record Samples(Map<String, String> labels, List<Sample> samples) {
        public String target() {
            return targetOf(labels);
        }
    }

    /** One series of an instant vector. */
    public record Series(Map<String, String> labels, double value) {
        public String label(String name) {
            return labels.getOrDefault(name, "");
        }

        public String target() {
            return targetOf(labels);
        }

        @Override
        public String toString() {
            return labels + " = " + value;
        }
    }
}

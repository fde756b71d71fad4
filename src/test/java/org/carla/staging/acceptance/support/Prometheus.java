package org.carla.staging.acceptance.support;

import static io.restassured.RestAssured.given;

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
        var answer = given(http.prometheus()).queryParam("query", promql).get("/api/v1/query").then().extract();
        if (answer.statusCode() != 200) {
            throw new AssertionError("Prometheus refused " + promql + ": " + answer.body().asString());
        }
        List<Map<String, Object>> result = answer.jsonPath().getList("data.result");
        return result.stream().map(r -> {
            @SuppressWarnings("unchecked") Map<String, String> labels = (Map<String, String>) r.get("metric");
            @SuppressWarnings("unchecked") List<Object> value = (List<Object>) r.get("value");
            return new Series(labels, value == null ? Double.NaN : Double.parseDouble(String.valueOf(value.get(1))));
        }).toList();
    }

    /** The value of a query that yields one series (a sum, a count); NaN when it yields none. */
    public double value(String promql) {
        List<Series> series = vector(promql);
        return series.isEmpty() ? Double.NaN : series.get(0).value();
    }

    /** One series of an instant vector. */
    public record Series(Map<String, String> labels, double value) {
        public String label(String name) {
            return labels.getOrDefault(name, "");
        }

        @Override
        public String toString() {
            return labels + " = " + value;
        }
    }
}

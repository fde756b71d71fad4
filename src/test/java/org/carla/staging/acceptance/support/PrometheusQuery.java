package org.carla.staging.acceptance.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import org.carla.staging.gate.http.HttpSpecs;

/** An instant PromQL query against the stack's Prometheus, read as series: labels and value. */
public final class PrometheusQuery {

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

    private PrometheusQuery() {
    }

    public static List<Series> vector(HttpSpecs http, String promql) {
        List<Map<String, Object>> result = given(http.prometheus()).queryParam("query", promql).get("/api/v1/query")
                .then().statusCode(200).extract().jsonPath().getList("data.result");
        return result.stream().map(r -> {
            @SuppressWarnings("unchecked") Map<String, String> labels = (Map<String, String>) r.get("metric");
            @SuppressWarnings("unchecked") List<Object> value = (List<Object>) r.get("value");
            return new Series(Map.copyOf(labels), Double.parseDouble(String.valueOf(value.get(1))));
        }).toList();
    }
}

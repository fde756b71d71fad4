package org.carla.staging.gate.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Panel queries against Prometheus's HTTP API: range queries with the panel's step (Grafana sends
 * {@code $__interval} as the step), instant queries at the window's end; and the query-variable functions
 * of Grafana's Prometheus data source: {@code label_values(label)}, {@code label_values(metric, label)},
 * {@code label_names()}, {@code metrics(regex)}, {@code query_result(query)}.
 */
public final class PrometheusRunner implements QueryRunner {
    private static final Pattern LABEL_VALUES = Pattern.compile("^label_values\\((?:(.+),\\s*)?([a-zA-Z_][a-zA-Z0-9_]*)\\)\\s*$", Pattern.DOTALL);
    private static final Pattern METRICS = Pattern.compile("^metrics\\((.+)\\)\\s*$");
    private static final Pattern QUERY_RESULT = Pattern.compile("^query_result\\((.+)\\)\\s*$", Pattern.DOTALL);
    private static final Pattern LABEL_NAMES = Pattern.compile("^label_names\\(\\)\\s*$");

    private final JsonHttp http;

    public PrometheusRunner(URI base, Duration timeout) {
        this.http = new JsonHttp(base, timeout, null, null);
    }

    @Override
    public String describe() {
        return "Prometheus " + http.base();
    }

    @Override
    public Answer run(Datasource datasource, String query, QueryWindow window) {
        try {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("query", query);
            JsonNode answer;
            if (window.instant()) {
                params.put("time", seconds(window.to().toEpochMilli()));
                answer = http.get("/api/v1/query", params);
            } else {
                params.put("start", seconds(window.from().toEpochMilli()));
                params.put("end", seconds(window.to().toEpochMilli()));
                params.put("step", seconds(Math.max(window.interval().toMillis(), 1)));
                answer = http.get("/api/v1/query_range", params);
            }
            return answer(answer);
        } catch (IOException e) {
            return Answer.error("Prometheus did not answer: " + e.getMessage());
        }
    }

    /** Counts series and samples that are numbers (NaN and infinite values show nothing in a panel). */
    static Answer answer(JsonNode answer) {
        if (!"success".equals(answer.path("status").asText())) {
            return Answer.error(answer.path("errorType").asText("error") + ": " + answer.path("error").asText(answer.toString()));
        }
        JsonNode data = answer.path("data");
        JsonNode result = data.path("result");
        switch (data.path("resultType").asText()) {
            case "scalar", "string" -> {
                return new Answer(1, number(result.path(1).asText()) ? 1 : 0, null);
            }
            case "vector" -> {
                int samples = 0;
                for (JsonNode s : result) if (number(s.path("value").path(1).asText())) samples++;
                return new Answer(result.size(), samples, null);
            }
            default -> {
                int samples = 0;
                for (JsonNode s : result) for (JsonNode v : s.path("values")) if (number(v.path(1).asText())) samples++;
                return new Answer(result.size(), samples, null);
            }
        }
    }

    private static boolean number(String v) {
        try {
            double d = Double.parseDouble(v);
            return !Double.isNaN(d) && !Double.isInfinite(d);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public Optional<List<String>> variableOptions(String query, QueryWindow window) {
        try {
            Map<String, String> range = Map.of("start", seconds(window.from().toEpochMilli()), "end", seconds(window.to().toEpochMilli()));
            Matcher m;
            if ((m = LABEL_VALUES.matcher(query.strip())).matches()) {
                if (m.group(1) == null) return Optional.of(strings(http.get("/api/v1/label/" + m.group(2) + "/values", range).path("data")));
                Map<String, String> params = new LinkedHashMap<>(range);
                params.put("match[]", m.group(1).strip());
                Set<String> values = new LinkedHashSet<>();
                for (JsonNode s : http.get("/api/v1/series", params).path("data")) {
                    if (s.has(m.group(2))) values.add(s.path(m.group(2)).asText());
                }
                return Optional.of(List.copyOf(values));
            }
            if (LABEL_NAMES.matcher(query.strip()).matches()) return Optional.of(strings(http.get("/api/v1/labels", range).path("data")));
            if ((m = METRICS.matcher(query.strip())).matches()) {
                Pattern p = Pattern.compile(m.group(1).strip());
                return Optional.of(strings(http.get("/api/v1/label/__name__/values", range).path("data")).stream()
                        .filter(n -> p.matcher(n).find()).toList());
            }
            String expr = (m = QUERY_RESULT.matcher(query.strip())).matches() ? m.group(1) : query;
            JsonNode answer = http.get("/api/v1/query", Map.of("query", expr, "time", seconds(window.to().toEpochMilli())));
            List<String> out = new ArrayList<>();
            for (JsonNode s : answer.path("data").path("result")) {
                StringBuilder line = new StringBuilder(s.path("metric").path("__name__").asText("")).append('{');
                List<String> labels = new ArrayList<>();
                s.path("metric").fields().forEachRemaining(e -> {
                    if (!e.getKey().equals("__name__")) labels.add(e.getKey() + "=\"" + e.getValue().asText() + "\"");
                });
                out.add(line.append(String.join(",", labels)).append("} ").append(s.path("value").path(1).asText())
                        .append(' ').append(s.path("value").path(0).asLong() * 1000).toString());
            }
            return Optional.of(out);
        } catch (IOException e) {
            return Optional.of(List.of());
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String seconds(long epochMillis) {
        return String.format(java.util.Locale.ROOT, "%.3f", epochMillis / 1000.0);
    }
}

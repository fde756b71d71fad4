package org.carla.staging.gate.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carla.staging.gate.metrics.PrometheusDuration;

/** LogQL panel queries against Loki's HTTP API (log and metric queries), and {@code label_values(label)} variables. */
public final class LokiRunner implements QueryRunner {
    private static final Pattern LABEL_VALUES = Pattern.compile("^label_values\\((?:.+,\\s*)?([a-zA-Z_][a-zA-Z0-9_]*)\\)\\s*$");
    private final JsonHttp http;

    public LokiRunner(URI base, Duration timeout) {
        this.http = new JsonHttp(base, timeout, null, null);
    }

    @Override
    public String describe() {
        return "Loki " + http.base();
    }

    @Override
    public Answer run(Datasource datasource, String query, QueryWindow window) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("query", query);
        params.put("limit", "100");
        try {
            JsonNode answer;
            if (window.instant()) {
                params.put("time", nanos(window.to()));
                answer = http.get("/loki/api/v1/query", params);
            } else {
                params.put("start", nanos(window.from()));
                params.put("end", nanos(window.to()));
                params.put("step", PrometheusDuration.format(window.interval()));
                answer = http.get("/loki/api/v1/query_range", params);
            }
            if (!"success".equals(answer.path("status").asText())) {
                return Answer.error(answer.path("error").asText(answer.path("message").asText(answer.toString())));
            }
            JsonNode result = answer.path("data").path("result");
            int samples = 0;
            for (JsonNode s : result) {
                samples += s.path("values").size() + (s.has("value") ? 1 : 0);
            }
            return new Answer(result.size(), samples, null);
        } catch (IOException e) {
            return Answer.error("Loki did not answer: " + e.getMessage());
        }
    }

    @Override
    public Optional<List<String>> variableOptions(String query, QueryWindow window) {
        Matcher m = LABEL_VALUES.matcher(query.strip());
        if (!m.matches()) return Optional.empty();
        try {
            List<String> out = new ArrayList<>();
            http.get("/loki/api/v1/label/" + m.group(1) + "/values", Map.of("start", nanos(window.from()), "end", nanos(window.to())))
                    .path("data").forEach(n -> out.add(n.asText()));
            return Optional.of(out);
        } catch (IOException e) {
            return Optional.of(List.of());
        }
    }

    private static String nanos(Instant t) {
        return t.getEpochSecond() + String.format(java.util.Locale.ROOT, "%09d", t.getNano());
    }
}

package org.carla.staging.gate.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Panel queries through Grafana's own query API ({@code POST /api/ds/query}), where Grafana runs: the same
 * query the panel sends, to the panel's data source by uid, so a data source Grafana cannot reach or a uid it
 * does not know shows up as Grafana's error. The answer is a set of data frames; the panel has data when a
 * value field holds at least one non-null value.
 */
public final class GrafanaRunner implements QueryRunner {
    private final JsonHttp http;
    private final QueryRunner variables;

    /** {@code variables}: where query variables get their options (Grafana resolves them in the browser), or null. */
    public GrafanaRunner(URI base, Duration timeout, String user, String password, QueryRunner variables) {
        this.http = new JsonHttp(base, timeout, user, password);
        this.variables = variables;
    }

    @Override
    public String describe() {
        return "Grafana " + http.base() + " (/api/ds/query)";
    }

    @Override
    public Answer run(Datasource datasource, String query, QueryWindow window) {
        ObjectNode body = JsonHttp.JSON.createObjectNode();
        body.put("from", String.valueOf(window.from().toEpochMilli()));
        body.put("to", String.valueOf(window.to().toEpochMilli()));
        ObjectNode q = body.putArray("queries").addObject();
        q.put("refId", "A");
        q.putObject("datasource").put("uid", datasource.uid()).put("type", datasource.type());
        q.put("expr", query);
        q.put("intervalMs", window.interval().toMillis());
        q.put("maxDataPoints", QueryWindow.DEFAULT_MAX_DATA_POINTS);
        q.put("instant", window.instant());
        q.put("range", !window.instant());
        if (datasource.language() == Datasource.QueryLanguage.LOGQL) q.put("queryType", window.instant() ? "instant" : "range");
        try {
            return answer(http.post("/api/ds/query", body));
        } catch (IOException e) {
            return Answer.error("Grafana did not answer: " + e.getMessage());
        }
    }

    /** Reads {@code results.A}: its error, else its frames' value fields. */
    static Answer answer(JsonNode response) {
        JsonNode a = response.path("results").path("A");
        if (a.isMissingNode()) return Answer.error("Grafana: " + response.path("message").asText(response.toString()));
        if (a.hasNonNull("error")) return Answer.error("Grafana: " + a.path("error").asText());
        int series = 0;
        int samples = 0;
        for (JsonNode frame : a.path("frames")) {
            JsonNode fields = frame.path("schema").path("fields");
            ArrayNode values = frame.path("data").path("values") instanceof ArrayNode arr ? arr : JsonHttp.JSON.createArrayNode();
            for (int i = 0; i < values.size(); i++) {
                String type = fields.path(i).path("type").asText("");
                if (type.equals("time")) continue;
                series++;
                for (Iterator<JsonNode> it = values.get(i).elements(); it.hasNext(); ) if (!it.next().isNull()) samples++;
            }
        }
        return new Answer(series, samples, null);
    }

    @Override
    public Optional<List<String>> variableOptions(String query, QueryWindow window) {
        return variables == null ? Optional.empty() : variables.variableOptions(query, window);
    }
}

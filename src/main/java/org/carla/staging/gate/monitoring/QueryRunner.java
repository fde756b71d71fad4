package org.carla.staging.gate.monitoring;

import java.util.List;
import java.util.Optional;

/** Runs panel queries of one query language against one backend (Prometheus, Loki, or Grafana's query API). */
public interface QueryRunner {
    /** Where the queries go, for reports (e.g. "Prometheus http://127.0.0.1:9091"). */
    String describe();

    Answer run(Datasource datasource, String query, QueryWindow window);

    /** A query variable's options (label_values(...), query_result(...), ...); empty when this runner cannot tell. */
    Optional<List<String>> variableOptions(String query, QueryWindow window);

    /** What a query gave: how many series, how many non-empty samples in them, or the error the backend named. */
    record Answer(int series, int samples, String error) {
        public static Answer error(String message) {
            return new Answer(0, 0, message);
        }

        public boolean failed() {
            return error != null;
        }

        public boolean hasData() {
            return error == null && samples > 0;
        }
    }
}

package org.carla.staging.gate.monitoring;

import java.time.Duration;
import java.util.Locale;

/** A provisioned data source: name, uid, plugin type, and the scrape interval Grafana assumes for it. */
public record Datasource(String name, String uid, String type, boolean isDefault, Duration timeInterval) {

    public QueryLanguage language() {
        return QueryLanguage.ofType(type);
    }

    /** The query language of a data source plugin type. */
    public enum QueryLanguage {
        PROMQL, LOGQL, OTHER;

        public static QueryLanguage ofType(String type) {
            if (type == null) return OTHER;
            return switch (type.toLowerCase(Locale.ROOT)) {
                case "prometheus" -> PROMQL;
                case "loki" -> LOGQL;
                default -> OTHER;
            };
        }
    }
}

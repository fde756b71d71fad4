package org.carla.staging.gate.monitoring;

import java.util.List;

/**
 * What one panel shows after traffic: ANSWERED (some query returned samples), NO_DATA (every query ran and
 * returned nothing: the panel would be blank), ERROR (a query failed, its data source is not provisioned, or a
 * variable it uses has no value: blank or an error box), SKIPPED (the gate cannot run this kind of query here,
 * with the reason). {@code queries} are the queries as run, after Grafana's substitutions.
 */
public record PanelVerdict(String dashboard, String panel, Outcome outcome, String detail, List<String> queries) {
    public enum Outcome { ANSWERED, NO_DATA, ERROR, SKIPPED }

    public PanelVerdict {
        queries = List.copyOf(queries);
    }

    /** Blank or broken in Grafana. */
    public boolean blank() {
        return outcome == Outcome.NO_DATA || outcome == Outcome.ERROR;
    }

    public String where() {
        return dashboard + " / " + (panel.isBlank() ? "(untitled panel)" : panel);
    }
}

package org.carla.staging.gate.monitoring;

import java.nio.file.Path;
import java.util.List;

/** A dashboard as provisioned: title, file, template variables, time range and its panels (rows flattened). */
public record Dashboard(String title, String uid, Path file, List<Variable> variables, String timeFrom, String timeTo,
                        List<Panel> panels) {
    public Dashboard {
        variables = List.copyOf(variables);
        panels = List.copyOf(panels);
    }

    /**
     * One panel: its title, type, data source, queries, the interval settings that shape them, and the text it
     * shows instead of "No data" ({@code fieldConfig.defaults.noValue}; null when none).
     */
    public record Panel(String title, String type, DatasourceRef datasource, List<Target> targets, Integer maxDataPoints,
                        String minInterval, String noValue) {
        public Panel {
            targets = List.copyOf(targets);
        }
    }

    /**
     * One query of a panel: {@code expr} for Prometheus and Loki, {@code other} for any other query text
     * (SQL, ...); its own data source in mixed panels; instant or range; hidden targets are not run.
     */
    public record Target(String refId, String expr, String other, DatasourceRef datasource, boolean instant, boolean hidden) {
    }
}

package org.carla.staging.gate.monitoring;

import java.util.List;

/**
 * A dashboard template variable as saved in the dashboard JSON: its type (custom, constant, textbox,
 * interval, query, datasource, adhoc), its query, the options saved with it, and the current selection
 * ({@code currentAll} when "All" is selected).
 */
public record Variable(String name, String type, String query, List<String> options, List<String> current, boolean currentAll,
                       boolean multi, boolean includeAll, String allValue, String regex, DatasourceRef datasource) {
    public Variable {
        options = List.copyOf(options);
        current = List.copyOf(current);
    }
}

package org.carla.staging.gate.monitoring;

/**
 * How a panel, target or variable names its data source in the dashboard JSON: an object
 * {@code {type, uid}}, a bare name or uid (older dashboards), or nothing (the default data source).
 */
public record DatasourceRef(String uid, String type, String name) {
    public static final DatasourceRef DEFAULT = new DatasourceRef(null, null, null);

    public boolean isDefault() {
        return uid == null && type == null && name == null;
    }

    /** The text the JSON gave, for reports. */
    public String describe() {
        if (isDefault()) return "default data source";
        if (name != null) return "'" + name + "'";
        return "uid " + uid + (type == null ? "" : " (type " + type + ")");
    }
}

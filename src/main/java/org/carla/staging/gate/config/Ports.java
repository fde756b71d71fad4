package org.carla.staging.gate.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** Host ports of the stack (seed: "Port Mapping"), then the monitoring services the seed's "full monitoring stack" needs. */
public record Ports(int backend, int frontend, int database, int prometheus, int grafana, int loki,
                    int postgresExporter, int cadvisor, int alertmanager, int alertReceiver) {
    /** Service name (as in the compose file) → host port, in the seed's order, monitoring services last. */
    public Map<String, Integer> byService() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("backend", backend);
        map.put("frontend", frontend);
        map.put("database", database);
        map.put("prometheus", prometheus);
        map.put("grafana", grafana);
        map.put("loki", loki);
        map.put("postgres-exporter", postgresExporter);
        map.put("cadvisor", cadvisor);
        map.put("alertmanager", alertmanager);
        map.put("alert-receiver", alertReceiver);
        return map;
    }

    /** The setting that gives a service's host port: {@code postgres-exporter} → {@code staging.postgres.exporter.port}. */
    public static String settingKey(String service) {
        return "staging." + service.replace('-', '.') + ".port";
    }
}

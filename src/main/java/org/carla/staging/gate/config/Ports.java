package org.carla.staging.gate.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** Host ports of the stack (seed: "Port Mapping"). */
public record Ports(int backend, int frontend, int database, int prometheus, int grafana, int loki) {
    /** Service name → host port, in the seed's order. */
    public Map<String, Integer> byService() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("backend", backend);
        map.put("frontend", frontend);
        map.put("database", database);
        map.put("prometheus", prometheus);
        map.put("grafana", grafana);
        map.put("loki", loki);
        return map;
    }
}

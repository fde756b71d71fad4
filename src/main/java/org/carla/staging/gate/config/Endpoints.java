package org.carla.staging.gate.config;

import java.net.URI;

/** Where each service answers, as the gate's tests reach it. Tests never spell host:port themselves. */
public record Endpoints(URI backend, URI frontend, URI prometheus, URI grafana, URI loki, String jdbcUrl,
                        URI alertmanager, URI alertReceiver) {
    /** The HTTP base of a service by its compose name, if the gate reaches it over HTTP. */
    public java.util.Optional<URI> of(String service) {
        return java.util.Optional.ofNullable(switch (service) {
            case "backend" -> backend;
            case "frontend" -> frontend;
            case "prometheus" -> prometheus;
            case "grafana" -> grafana;
            case "loki" -> loki;
            case "alertmanager" -> alertmanager;
            case "alert-receiver" -> alertReceiver;
            default -> null;
        });
    }
}

package org.carla.staging.gate.config;

import java.net.URI;

/** Where each service answers, as the gate's tests reach it. Tests never spell host:port themselves. */
public record Endpoints(URI backend, URI frontend, URI prometheus, URI grafana, URI loki, String jdbcUrl) {
}

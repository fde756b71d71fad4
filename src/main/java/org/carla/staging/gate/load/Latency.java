package org.carla.staging.gate.load;

/** {@code http_req_duration} as k6 summarises it, in milliseconds. */
public record Latency(double avg, double min, double med, double p90, double p95, double p99, double max) {
}

package org.carla.staging.gate.config;

/** The seed's "Expected Performance" figures, in milliseconds. */
public record Thresholds(long apiResponseMs, long frontendLoadMs, long databaseQueryMs, long containerStartupMs) {
}

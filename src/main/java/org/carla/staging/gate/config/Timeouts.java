package org.carla.staging.gate.config;

import java.time.Duration;

/** Bounds on waiting: the whole stack start, eventual state (Awaitility), one HTTP request. */
public record Timeouts(Duration stackStartup, Duration eventually, Duration poll, Duration httpRequest) {
}

package org.carla.staging.gate.load;

/** How load is offered: a fixed population of users looping, or a fixed arrival rate (k6's two families). */
public enum Model {
    /** N virtual users, each starting its next iteration when the previous ends (throughput follows latency). */
    CLOSED,
    /** Iterations start on a fixed schedule whatever the server does, so a slow server cannot slow the test. */
    OPEN
}

package org.carla.staging.gate.load;

import org.carla.staging.gate.load.wire.Transport;

/**
 * Runs one iteration on the calling thread: draws a flow and sends its steps in order through one connection,
 * blocking for each answer ({@link FlowProgress} records them).
 */
final class IterationRunner {
    private final Scenario scenario;
    private final Transport transport;
    private final Recording recording;

    IterationRunner(Scenario scenario, Transport transport, Recording recording) {
        this.scenario = scenario;
        this.transport = transport;
        this.recording = recording;
    }

    /** A line for one virtual user; the driver closes it when the user is done. */
    Transport.Connection connection() {
        return transport.connection();
    }

    /**
     * @param connection  the user's line, used by this thread only while the iteration runs
     * @param stopAtNanos no new request starts after this; an unfinished flow then is not an iteration
     */
    void run(Transport.Connection connection, long intendedStartNanos, long stopAtNanos) {
        FlowProgress progress = new FlowProgress(recording);
        progress.start(scenario, intendedStartNanos);
        do {
            if (System.nanoTime() - stopAtNanos >= 0) {
                return;
            }
        } while (progress.completed(connection.send(progress.step(), progress.variables())));
    }
}

package org.carla.staging.gate.load;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs one iteration: draws a flow, sends its steps in order, carries extracted values forward, records
 * each request. The first request is timed from the iteration's intended start, which in the open model
 * may be earlier than the moment it could actually start: that wait is part of what a user would see.
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
        Flow flow = scenario.pick(ThreadLocalRandom.current().nextDouble());
        Map<String, String> variables = Map.of(); // a flow without extractions never needs a map of its own
        long from = intendedStartNanos;
        for (Step step : flow.steps()) {
            if (System.nanoTime() - stopAtNanos >= 0) {
                return;
            }
            Exchange exchange = connection.send(step, variables);
            String failure = exchange.failure();
            if (failure == null && !step.extractions().isEmpty()) {
                variables = variables.isEmpty() ? new HashMap<>() : variables;
                failure = extract(step, exchange, variables);
            }
            long end = System.nanoTime();
            recording.request(step.endpoint(), from, end, exchange.bytes(), failure);
            if (failure != null) {
                return;
            }
            from = end;
        }
        recording.iterationDone(intendedStartNanos);
    }

    /** @return why the extraction failed, or null; a missing token makes the answer useless to the flow */
    private static String extract(Step step, Exchange exchange, Map<String, String> variables) {
        for (Extraction extraction : step.extractions()) {
            Optional<String> value = extraction.from(exchange.body());
            if (value.isEmpty()) {
                return "no '" + extraction.field() + "' in answer";
            }
            variables.put(extraction.variable(), value.get());
        }
        return null;
    }
}

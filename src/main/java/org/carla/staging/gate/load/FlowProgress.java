package org.carla.staging.gate.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.carla.staging.gate.load.wire.Exchange;

/**
 * One user's way through one flow: which step is next, what earlier steps extracted, what to record. The first
 * request is timed from the iteration's intended start, which in the open model may be earlier than the moment
 * it could actually start: that wait is part of what a user would see. Blocking users and event-loop users
 * both step through flows with it. Not thread-safe: one per user.
 */
final class FlowProgress {
    private final Recording recording;
    private List<Step> steps = List.of();
    private int next;
    private Map<String, String> variables = Map.of();
    private long intendedStartNanos;
    private long fromNanos;

    FlowProgress(Recording recording) {
        this.recording = recording;
    }

    /** Draws the next flow of the scenario and starts it. */
    void start(Scenario scenario, long intendedStart) {
        steps = scenario.pick(ThreadLocalRandom.current().nextDouble()).steps();
        next = 0;
        variables = Map.of(); // a flow without extractions never needs a map of its own
        intendedStartNanos = fromNanos = intendedStart;
    }

    /** True between {@link #start} and the answer to the flow's last step (or its first failure). */
    boolean inFlow() {
        return next < steps.size();
    }

    Step step() {
        return steps.get(next);
    }

    Map<String, String> variables() {
        return variables;
    }

    /**
     * Records the answer to the current step and carries its extracted values forward.
     *
     * @return true when another step of the flow follows; after a failure or the last step, false
     */
    boolean completed(Exchange exchange) {
        Step step = step();
        String failure = failure(step, exchange);
        if (failure == null && step.keepsBody()) {
            variables = variables.isEmpty() ? new HashMap<>() : variables;
            failure = extract(step, exchange, variables);
        }
        long end = System.nanoTime();
        recording.request(step.endpoint(), fromNanos, end, exchange.bytes(), failure);
        if (failure != null) {
            next = steps.size();
            return false;
        }
        fromNanos = end;
        if (++next < steps.size()) {
            return true;
        }
        recording.iterationDone(intendedStartNanos);
        return false;
    }

    /**
     * A later step is timed from when it is really sent, not from the previous answer: an event loop may
     * serve other users in between, and that wait is the generator's, not the server's.
     */
    void sendingAt(long nowNanos) {
        if (next > 0) {
            fromNanos = nowNanos;
        }
    }

    /** What went wrong on the wire, else a status the step does not accept; null when neither did. */
    private static String failure(Step step, Exchange exchange) {
        if (exchange.failure() != null || step.succeeded(exchange.status())) {
            return exchange.failure();
        }
        return "status " + exchange.status();
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

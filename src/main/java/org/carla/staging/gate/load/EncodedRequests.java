package org.carla.staging.gate.load;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A step's request bytes, encoded once when they never change (no {@code ${variables}}) and on every call
 * otherwise. Used by one thread: a connection, or an event loop for all its users.
 */
final class EncodedRequests {
    private final RequestEncoder encoder;
    private final Map<Step, byte[]> fixed = new IdentityHashMap<>();

    EncodedRequests(RequestEncoder encoder) {
        this.encoder = encoder;
    }

    /** @throws Template.MissingVariableException when the step needs a value no earlier step extracted */
    byte[] of(Step step, Map<String, String> variables) {
        byte[] cached = fixed.get(step);
        if (cached != null) {
            return cached;
        }
        byte[] request = encoder.encode(step, variables);
        if (RequestEncoder.fixed(step)) {
            fixed.put(step, request);
        }
        return request;
    }
}

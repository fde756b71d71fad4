package org.carla.staging.gate.load.wire;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A request's bytes, encoded once when they never change (no {@code ${variables}}) and on every call
 * otherwise. Used by one thread: a connection, or an event loop for all its users.
 */
final class EncodedRequests {
    private final RequestEncoder encoder;
    private final Map<Request, byte[]> fixed = new IdentityHashMap<>();

    EncodedRequests(RequestEncoder encoder) {
        this.encoder = encoder;
    }

    /** @throws Template.MissingVariableException when the request needs a value no one provided */
    byte[] of(Request request, Map<String, String> variables) {
        byte[] cached = fixed.get(request);
        if (cached != null) {
            return cached;
        }
        byte[] bytes = encoder.encode(request, variables);
        if (RequestEncoder.fixed(request)) {
            fixed.put(request, bytes);
        }
        return bytes;
    }
}

package org.carla.staging.gate.load.wire;

import java.util.Map;

/**
 * The model's side of one user on an event loop: what it sends next and what becomes of each answer. The
 * loop's {@link ChannelUser} moves the bytes and keeps the connection; flows, variables and figures stay here.
 * Called on the loop's thread only.
 */
public interface Conversation {
    /** The user starts sending; it counts as busy until {@link #left}. */
    void joined();

    /** The request to send now, at {@code nowNanos}; its answer comes to {@link #answered}. */
    Request next(long nowNanos);

    /** The values of the {@code ${variables}} in the request {@link #next} returned. */
    Map<String, String> variables();

    /** The answer to that request, or why there is none. */
    void answered(Exchange exchange);

    /** The user stops: the run is over or the loop is stopping. Only after {@link #joined}. */
    void left();
}

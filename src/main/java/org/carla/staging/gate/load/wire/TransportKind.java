package org.carla.staging.gate.load.wire;

/**
 * How the engine sends its requests. {@link #EVENT_LOOP} is the default: the generator shares two cores with
 * the stack it loads, so its CPU per request is taken from the server's (bench/RESULTS.md).
 */
public enum TransportKind {
    /**
     * Closed model: users multiplexed over non-blocking keep-alive sockets on a few threads, as wrk does. The
     * open model then uses {@link #SOCKET}; {@code https://} URLs use {@link #JDK}.
     */
    EVENT_LOOP,
    /** HTTP/1.1 keep-alive over one blocking socket per user; {@code https://} URLs fall back to {@link #JDK}. */
    SOCKET,
    /** {@code java.net.http.HttpClient}: TLS and a shared connection pool, to compare against. */
    JDK
}

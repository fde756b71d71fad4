package org.carla.staging.gate.load;

/**
 * How the engine sends its requests. {@link #SOCKET} is the default: it costs a fraction of the CPU per
 * request of the JDK client, which matters when the generator shares two cores with the stack it loads.
 */
public enum TransportKind {
    /** HTTP/1.1 keep-alive over one blocking socket per user; {@code https://} URLs fall back to {@link #JDK}. */
    SOCKET,
    /** {@code java.net.http.HttpClient}: TLS and a shared connection pool, to compare against. */
    JDK
}

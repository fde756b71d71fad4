package org.carla.staging.gate.load.wire;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * How requests reach the server. Each virtual user sends through its own {@link Connection}, used by one
 * thread at a time; closing the transport closes whatever connection is still open.
 */
public interface Transport extends AutoCloseable {

    /** A new line for one user; it connects lazily and reconnects after the server closed it. */
    Connection connection();

    @Override
    void close();

    /** One user's line to the server. */
    interface Connection extends AutoCloseable {
        Exchange send(Request request, Map<String, String> variables);

        @Override
        void close();
    }

    /** Plain blocking sockets for {@code http://} unless the JDK client is asked for; TLS always goes through the JDK client. */
    static Transport of(TransportKind kind, URI baseUri, Duration timeout) {
        if (kind != TransportKind.JDK && plainHttp(baseUri)) {
            return new SocketTransport(baseUri, timeout);
        }
        return new JdkTransport(baseUri, timeout);
    }

    static boolean plainHttp(URI baseUri) {
        return "http".equalsIgnoreCase(baseUri.getScheme());
    }

    /** Where plain sockets connect for {@code http://} URLs: the host, resolved once, and port 80 unless given. */
    static InetSocketAddress socketAddress(URI baseUri) {
        return new InetSocketAddress(baseUri.getHost(), baseUri.getPort() < 0 ? 80 : baseUri.getPort());
    }
}

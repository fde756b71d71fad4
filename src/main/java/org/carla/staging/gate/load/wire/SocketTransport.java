package org.carla.staging.gate.load.wire;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP/1.1 keep-alive over plain blocking sockets, one per user: the open model's transport, and the
 * closed model's with {@link TransportKind#SOCKET}. A user's thread writes its request and blocks reading the
 * answer: no selector thread, no hand-off, no future, which is what made the JDK client cost several times
 * wrk's CPU per request; one thread per user still costs a wake-up per answer, which the closed model's
 * {@link EventLoops} avoid (bench/RESULTS.md). {@code http://} only; the address is resolved once.
 */
final class SocketTransport implements Transport {
    private final InetSocketAddress address;
    private final RequestEncoder encoder;
    private final Duration timeout;
    private final Set<SocketConnection> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    SocketTransport(URI baseUri, Duration timeout) {
        if (!"http".equalsIgnoreCase(baseUri.getScheme())) {
            throw new IllegalArgumentException("plain sockets speak http:// only; use TransportKind.JDK for " + baseUri);
        }
        this.address = Transport.socketAddress(baseUri);
        this.encoder = new RequestEncoder(baseUri);
        this.timeout = timeout;
    }

    @Override
    public Connection connection() {
        return new SocketConnection(this);
    }

    /** Also unblocks a user still reading: its read fails and it sees no new socket. */
    @Override
    public void close() {
        closed = true;
        open.forEach(SocketConnection::abort);
    }

    RequestEncoder encoder() {
        return encoder;
    }

    Duration timeout() {
        return timeout;
    }

    /** A connected socket with Nagle off (requests leave in one write) and reads bounded by the timeout. */
    Socket connect(SocketConnection owner) throws IOException {
        if (closed) {
            throw new IOException("the load run is over; no new connection");
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(millis);
            socket.connect(address, millis);
        } catch (IOException failed) {
            socket.close();
            throw failed;
        }
        open.add(owner);
        return socket;
    }

    boolean closed() {
        return closed;
    }

    void released(SocketConnection owner) {
        open.remove(owner);
    }
}

package org.carla.staging.gate.load.wire;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Reads HTTP/1.1 responses from one blocking socket into a {@link ResponseParser}, every read bounded by the
 * request's deadline. Not thread-safe: it belongs to one connection.
 */
final class ResponseReader {
    private final ResponseParser parser = new ResponseParser();
    private Socket socket;
    private InputStream in;
    private int soTimeoutMillis;

    void attach(Socket connected) throws IOException {
        socket = connected;
        in = connected.getInputStream();
        soTimeoutMillis = connected.getSoTimeout();
        parser.reset();
    }

    /** Reads one whole response; a passed deadline surfaces as {@link SocketTimeoutException}. */
    ResponseParser read(Request request, long deadline) throws IOException {
        parser.begin(request);
        while (!parser.parse()) {
            boundReadByDeadline(deadline);
            int at = parser.readFrom();
            int n = in.read(parser.buffer(), at, parser.room());
            if (n < 0) {
                parser.endOfStream();
                break;
            }
            parser.received(n);
        }
        return parser;
    }

    /** True once any byte of the current response arrived: a request that got nothing may be retried. */
    boolean started() {
        return parser.started();
    }

    /**
     * Keeps SO_TIMEOUT within 10 ms above what is left of the deadline. Most answers arrive in one read whose
     * timeout is already right, so the socket option is rarely touched.
     */
    private void boundReadByDeadline(long deadlineNanos) throws IOException {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000);
        if (soTimeoutMillis < millis || soTimeoutMillis > millis + 10) {
            socket.setSoTimeout(millis);
            soTimeoutMillis = millis;
        }
    }
}

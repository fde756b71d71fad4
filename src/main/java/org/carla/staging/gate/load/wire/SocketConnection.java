package org.carla.staging.gate.load.wire;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Map;

/**
 * One user's persistent socket: writes the request in one go, reads the answer with a {@link ResponseReader},
 * reconnects after the server closed or anything failed, and retries as {@link Exchange#worthRetrying} says.
 * Used by one thread at a time.
 */
final class SocketConnection implements Transport.Connection {
    private final SocketTransport transport;
    private final ResponseReader reader = new ResponseReader();
    private final EncodedRequests requests;
    private final long timeoutNanos;
    private final String timeoutText;
    private volatile Socket socket;
    private OutputStream out;

    SocketConnection(SocketTransport transport) {
        this.transport = transport;
        this.requests = new EncodedRequests(transport.encoder());
        this.timeoutNanos = transport.timeout().toNanos();
        this.timeoutText = Exchange.timeoutText(transport.timeout());
    }

    @Override
    public Exchange send(Request request, Map<String, String> variables) {
        byte[] bytes;
        try {
            bytes = requests.of(request, variables);
        } catch (Template.MissingVariableException missing) {
            return Exchange.failed(missing.getMessage());
        }
        long deadline = System.nanoTime() + timeoutNanos;
        for (int attempt = 1; ; attempt++) {
            boolean reused = socket != null;
            boolean reading = false;
            try {
                if (socket == null) {
                    open();
                }
                out.write(bytes);
                reading = true;
                ResponseParser response = reader.read(request, deadline);
                if (response.mustClose()) {
                    closeSocket();
                }
                return response.exchange();
            } catch (SocketTimeoutException timedOut) {
                closeSocket();
                return Exchange.failed(timeoutText);
            } catch (IOException io) {
                closeSocket();
                if (!Exchange.worthRetrying(reused, attempt, reading && reader.started())) {
                    return Exchange.failed(io);
                }
            }
        }
    }

    @Override
    public void close() {
        closeSocket();
        transport.released(this);
    }

    /** From another thread, at the end of a run: only closes the socket, the owner sees its I/O fail. */
    void abort() {
        Socket current = socket;
        if (current != null) {
            try {
                current.close();
            } catch (IOException ignored) {
                // Closing is all we wanted.
            }
        }
    }

    private void open() throws IOException {
        Socket connected = transport.connect(this);
        try {
            reader.attach(connected);
            out = connected.getOutputStream();
        } catch (IOException failed) {
            connected.close();
            throw failed;
        }
        socket = connected;
        if (transport.closed()) {
            abort(); // the run ended while we connected; close() may have missed this socket
        }
    }

    private void closeSocket() {
        abort();
        socket = null;
        out = null;
    }
}

package org.carla.staging.gate.load;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One user's persistent socket: writes the request in one go, reads the answer with a {@link ResponseReader},
 * reconnects after the server closed or anything failed. A request whose reused connection turned out to be
 * closed before any byte of an answer came back (the server dropped it while idle) is sent once more on a
 * fresh one, as browsers do. Used by one thread at a time.
 */
final class SocketConnection implements Transport.Connection {
    private final SocketTransport transport;
    private final ResponseReader reader = new ResponseReader();
    private final Map<Step, byte[]> fixedRequests = new IdentityHashMap<>();
    private final long timeoutNanos;
    private final String timeoutText;
    private volatile Socket socket;
    private OutputStream out;

    SocketConnection(SocketTransport transport) {
        this.transport = transport;
        this.timeoutNanos = transport.timeout().toNanos();
        this.timeoutText = "timeout after " + transport.timeout().toMillis() + " ms";
    }

    @Override
    public Exchange send(Step step, Map<String, String> variables) {
        byte[] request;
        try {
            request = request(step, variables);
        } catch (Template.MissingVariableException missing) {
            return Exchange.failed(missing.getMessage());
        }
        long deadline = System.nanoTime() + timeoutNanos;
        boolean keepBody = !step.extractions().isEmpty();
        boolean head = step.method().equals("HEAD");
        for (int attempt = 1; ; attempt++) {
            boolean reused = socket != null;
            boolean reading = false;
            try {
                if (socket == null) {
                    open();
                }
                out.write(request);
                reading = true;
                reader.read(head, keepBody, deadline);
                if (reader.mustClose()) {
                    closeSocket();
                }
                int status = reader.status();
                return new Exchange(status, reader.bytes(), reader.body(), step.succeeded(status) ? null : "status " + status);
            } catch (SocketTimeoutException timedOut) {
                closeSocket();
                return Exchange.failed(timeoutText);
            } catch (ConnectException refused) {
                closeSocket();
                return Exchange.failed("connect: " + refused.getMessage());
            } catch (IOException io) {
                closeSocket();
                if (!(reused && attempt == 1 && (!reading || !reader.started()))) {
                    return Exchange.failed(io.getClass().getSimpleName() + ": " + io.getMessage());
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

    private byte[] request(Step step, Map<String, String> variables) {
        byte[] fixed = fixedRequests.get(step);
        if (fixed != null) {
            return fixed;
        }
        byte[] request = transport.encoder().encode(step, variables);
        if (RequestEncoder.fixed(step)) {
            fixedRequests.put(step, request);
        }
        return request;
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

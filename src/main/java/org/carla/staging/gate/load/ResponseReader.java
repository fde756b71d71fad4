package org.carla.staging.gate.load;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Reads HTTP/1.1 responses from one socket into a reused buffer: status line, headers (names matched
 * case-insensitively on the bytes, no String per header), then a {@code Content-Length}, chunked or
 * close-delimited body that is counted and, only when asked, kept. Every read is bounded by the request's
 * deadline. Not thread-safe: it belongs to one connection.
 */
final class ResponseReader {
    static final int BUFFER_BYTES = 16 * 1024;
    private static final long CHUNKED_BODY = -2;
    private static final long CLOSE_DELIMITED = -1;

    private final byte[] buf = new byte[BUFFER_BYTES];
    private final HeaderBytes header = new HeaderBytes(buf);
    private Socket socket;
    private InputStream in;
    private int soTimeoutMillis;
    private long deadlineNanos;
    private int pos;
    private int limit;
    private int lineStart;
    /** Position in the stream of buf[0], so that {@code offset + pos} counts every byte consumed. */
    private long offset;
    private boolean started;
    private int status;
    private boolean mustClose;
    private long bytes;
    private byte[] body;

    void attach(Socket connected) throws IOException {
        socket = connected;
        in = connected.getInputStream();
        soTimeoutMillis = connected.getSoTimeout();
        pos = limit = 0;
        offset = 0;
        started = false;
    }

    /** Reads one whole response; a passed deadline surfaces as {@link SocketTimeoutException}. */
    void read(boolean head, boolean keepBody, long deadline) throws IOException {
        deadlineNanos = deadline;
        started = false;
        body = null;
        long from = offset + pos;
        long length;
        do {
            length = readHead();
        } while (status >= 100 && status < 200 && status != 101);
        ByteArrayOutputStream kept = keepBody ? new ByteArrayOutputStream(length > 0 ? (int) Math.min(length, 1 << 20) : 256) : null;
        if (head || status == 204 || status == 304 || status == 101) {
            mustClose |= status == 101;
        } else if (length == CHUNKED_BODY) {
            readChunks(kept);
        } else if (length == CLOSE_DELIMITED) {
            while (pos < limit || fill()) {
                consume(limit - pos, kept);
            }
            mustClose = true;
        } else {
            consume(length, kept);
        }
        mustClose |= pos < limit; // bytes after the answer: the stream is out of step, start afresh
        bytes = offset + pos - from;
        body = kept == null ? null : kept.toByteArray();
    }

    /** True once any byte of the current response arrived: a request that got nothing may be retried. */
    boolean started() {
        return started;
    }

    int status() {
        return status;
    }

    /** The server said {@code Connection: close}, spoke HTTP/1.0 without keep-alive, or ended the body by closing. */
    boolean mustClose() {
        return mustClose;
    }

    /** Status line, headers and body as they crossed the wire (chunk framing included). */
    long bytes() {
        return bytes;
    }

    /** The body when it was asked to be kept, else null. */
    byte[] body() {
        return body;
    }

    /** @return the Content-Length, {@link #CHUNKED_BODY}, or {@link #CLOSE_DELIMITED} */
    private long readHead() throws IOException {
        int end = nextLine();
        status = header.status(lineStart, end);
        mustClose = !header.http11(lineStart);
        long length = CLOSE_DELIMITED;
        boolean chunked = false;
        while ((end = nextLine()) > lineStart) {
            int colon = header.colon(lineStart, end);
            int value = header.skipBlanks(colon + 1, end);
            int valueEnd = header.trimEnd(value, end);
            if (header.named(lineStart, colon, HeaderBytes.CONTENT_LENGTH)) {
                length = header.decimal(value, valueEnd);
            } else if (header.named(lineStart, colon, HeaderBytes.TRANSFER_ENCODING)) {
                chunked |= header.contains(value, valueEnd, HeaderBytes.CHUNKED);
            } else if (header.named(lineStart, colon, HeaderBytes.CONNECTION)) {
                mustClose = header.contains(value, valueEnd, HeaderBytes.CLOSE)
                        || mustClose && !header.contains(value, valueEnd, HeaderBytes.KEEP_ALIVE);
            }
        }
        return chunked ? CHUNKED_BODY : length;
    }

    private void readChunks(ByteArrayOutputStream kept) throws IOException {
        while (true) {
            int end = nextLine();
            long size = header.hex(lineStart, end);
            if (size == 0) {
                while (nextLine() > lineStart) {
                    // trailers: read and forget
                }
                return;
            }
            consume(size, kept);
            if (nextLine() != lineStart) {
                throw new IOException("chunk of " + size + " bytes not followed by CRLF");
            }
        }
    }

    private void consume(long n, ByteArrayOutputStream kept) throws IOException {
        while (n > 0) {
            if (pos == limit && !fill()) {
                throw new EOFException("connection closed " + n + " bytes before the end of the body");
            }
            int take = (int) Math.min(n, limit - pos);
            if (kept != null) {
                kept.write(buf, pos, take);
            }
            pos += take;
            n -= take;
        }
    }

    /** Advances past the next line; sets {@link #lineStart} and returns where its content ends (before CR LF). */
    private int nextLine() throws IOException {
        int scan = pos;
        while (true) {
            for (; scan < limit; scan++) {
                if (buf[scan] == '\n') {
                    lineStart = pos;
                    pos = scan + 1;
                    return scan > lineStart && buf[scan - 1] == '\r' ? scan - 1 : scan;
                }
            }
            int scanned = scan - pos;
            if (!fill()) {
                throw new EOFException(started ? "connection closed in the middle of a response" : "connection closed before any response");
            }
            scan = pos + scanned;
        }
    }

    /** Reads more into the buffer, keeping the unread part; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (pos == limit) {
            offset += limit;
            pos = limit = 0;
        } else if (limit == buf.length) {
            if (pos == 0) {
                throw new IOException("response header line longer than " + buf.length + " bytes");
            }
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            offset += pos;
            limit -= pos;
            pos = 0;
        }
        boundReadByDeadline();
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            return false;
        }
        limit += n;
        started = true;
        return true;
    }

    /**
     * Keeps SO_TIMEOUT within 10 ms above what is left of the deadline. Most answers arrive in one read whose
     * timeout is already right, so the socket option is rarely touched.
     */
    private void boundReadByDeadline() throws IOException {
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

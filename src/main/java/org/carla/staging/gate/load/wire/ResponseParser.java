package org.carla.staging.gate.load.wire;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * Parses HTTP/1.1 responses from bytes pushed into its own reused buffer, as they arrive: status line,
 * headers (names matched case-insensitively on the bytes, no String per header), then a {@code Content-Length},
 * chunked or close-delimited body that is counted and, only when asked, kept. It never reads by itself, so a
 * blocking reader ({@link ResponseReader}) and the non-blocking event loop ({@link ChannelUser}) share it: put
 * up to {@link #room()} bytes into {@link #buffer()} at {@link #readFrom()}, report them with {@link #received},
 * and call {@link #parse()} until it says the response is complete. Not thread-safe: one per connection.
 */
final class ResponseParser {
    static final int BUFFER_BYTES = 16 * 1024;
    private static final long CLOSE_DELIMITED = -1;

    private enum State {
        STATUS(true), HEADERS(true), BODY(false), CHUNK_SIZE(true), CHUNK_DATA(false), CHUNK_END(true), TRAILERS(true),
        UNTIL_CLOSE(false), DONE(false);

        /** Parsed a whole line at a time; the others take bytes as they come. */
        final boolean byLine;

        State(boolean byLine) {
            this.byLine = byLine;
        }
    }

    private final byte[] buf = new byte[BUFFER_BYTES];
    private final HeaderBytes header = new HeaderBytes(buf);
    private State state = State.DONE;
    private int pos;
    private int limit;
    /** How far past {@link #pos} a partial line was already searched for its end. */
    private int scanned;
    private int lineStart;
    /** Position in the stream of buf[0], so that {@code offset + pos} counts every byte consumed. */
    private long offset;
    private long from;
    private boolean head;
    private boolean keepBody;
    private boolean started;
    private int status;
    private boolean mustClose;
    private long length;
    private boolean chunked;
    /** Bytes left in the body or in the current chunk. */
    private long remaining;
    private long chunkSize;
    private ByteArrayOutputStream kept;
    private long bytes;
    private byte[] body;

    /** For a new connection: nothing of an earlier stream is left (what {@link #begin} set up stays). */
    void reset() {
        pos = limit = scanned = 0;
        offset = 0;
        started = false;
        from = 0;
    }

    /** Expects the answer to the request just sent (a HEAD has no body; only a request that asks keeps it). */
    void begin(Request request) {
        head = request.method().equals("HEAD");
        keepBody = request.keepsBody();
        started = pos < limit;
        from = offset + pos;
        kept = null;
        body = null;
        state = State.STATUS;
    }

    byte[] buffer() {
        return buf;
    }

    /** Where the next bytes go; makes room first by dropping what was parsed. */
    int readFrom() throws IOException {
        if (pos == limit) {
            offset += limit;
            pos = limit = scanned = 0;
        } else if (limit == buf.length) {
            if (pos == 0) {
                throw new IOException("response header line longer than " + buf.length + " bytes");
            }
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            offset += pos;
            limit -= pos;
            pos = 0;
        }
        return limit;
    }

    /** How many bytes may go in at {@link #readFrom()}. */
    int room() {
        return buf.length - limit;
    }

    void received(int n) {
        limit += n;
        started = true;
    }

    /** Parses what arrived so far; true once the whole response is in. */
    boolean parse() throws IOException {
        while (state != State.DONE) {
            if (state.byLine) {
                int end = nextLine();
                if (end < 0) {
                    return false;
                }
                line(end);
            } else if (state == State.UNTIL_CLOSE) {
                consume(limit - pos);
                return false;
            } else {
                consume(Math.min(remaining, limit - pos));
                if (remaining > 0) {
                    return false;
                }
                if (state == State.BODY) {
                    finish();
                } else {
                    state = State.CHUNK_END;
                }
            }
        }
        return true;
    }

    /** One whole line of the head, of the chunk framing or of the trailers; {@code end} is where its content ends. */
    private void line(int end) throws IOException {
        boolean blank = end == lineStart;
        switch (state) {
            case STATUS -> {
                status = header.status(lineStart, end);
                mustClose = !header.http11(lineStart);
                length = CLOSE_DELIMITED;
                chunked = false;
                state = State.HEADERS;
            }
            case HEADERS -> {
                if (blank) {
                    endOfHead();
                } else {
                    headerLine(end);
                }
            }
            case CHUNK_SIZE -> {
                chunkSize = remaining = header.hex(lineStart, end);
                state = remaining == 0 ? State.TRAILERS : State.CHUNK_DATA;
            }
            case CHUNK_END -> {
                if (!blank) {
                    throw new IOException("chunk of " + chunkSize + " bytes not followed by CRLF");
                }
                state = State.CHUNK_SIZE;
            }
            case TRAILERS -> {
                if (blank) {
                    finish(); // trailers were read and forgotten
                }
            }
            default -> throw new IllegalStateException("no line expected in state " + state);
        }
    }

    /** The server closed its side: completes a close-delimited body, otherwise says what was cut short. */
    void endOfStream() throws IOException {
        switch (state) {
            case UNTIL_CLOSE -> {
                mustClose = true;
                finish();
            }
            case BODY, CHUNK_DATA -> throw new EOFException("connection closed " + remaining + " bytes before the end of the body");
            default -> throw new EOFException(started ? "connection closed in the middle of a response" : "connection closed before any response");
        }
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

    /** The completed response. */
    Exchange exchange() {
        return new Exchange(status, bytes, body, null);
    }

    private void headerLine(int end) throws IOException {
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

    private void endOfHead() {
        if (status >= 100 && status < 200 && status != 101) {
            state = State.STATUS; // an interim answer: the real one follows
        } else if (head || status == 204 || status == 304 || status == 101) {
            mustClose |= status == 101;
            finish();
        } else {
            kept = keepBody ? new ByteArrayOutputStream(length > 0 ? (int) Math.min(length, 1 << 20) : 256) : null;
            if (chunked) {
                state = State.CHUNK_SIZE;
            } else if (length == CLOSE_DELIMITED) {
                state = State.UNTIL_CLOSE;
            } else {
                remaining = length;
                state = State.BODY;
            }
        }
    }

    private void consume(long n) {
        int take = (int) n;
        if (kept != null) {
            kept.write(buf, pos, take);
        }
        pos += take;
        remaining -= take;
    }

    private void finish() {
        mustClose |= pos < limit; // bytes after the answer: the stream is out of step, start afresh
        bytes = offset + pos - from;
        body = kept == null ? null : kept.toByteArray();
        kept = null;
        state = State.DONE;
    }

    /** Advances past the next whole line, setting {@link #lineStart}; returns where its content ends (before CR LF), or -1 if no whole line arrived yet. */
    private int nextLine() {
        for (int scan = pos + scanned; scan < limit; scan++) {
            if (buf[scan] == '\n') {
                lineStart = pos;
                pos = scan + 1;
                scanned = 0;
                return scan > lineStart && buf[scan - 1] == '\r' ? scan - 1 : scan;
            }
        }
        scanned = limit - pos;
        return -1;
    }
}

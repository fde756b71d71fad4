package org.carla.staging.gate.load.wire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Parsing helpers over the bytes of a response head in a buffer: no Strings unless something is wrong. */
final class HeaderBytes {
    static final byte[] CONTENT_LENGTH = ascii("content-length");
    static final byte[] TRANSFER_ENCODING = ascii("transfer-encoding");
    static final byte[] CONNECTION = ascii("connection");
    static final byte[] CHUNKED = ascii("chunked");
    static final byte[] CLOSE = ascii("close");
    static final byte[] KEEP_ALIVE = ascii("keep-alive");
    private static final byte[] HTTP_1 = ascii("HTTP/1.");

    private final byte[] buf;

    HeaderBytes(byte[] buf) {
        this.buf = buf;
    }

    /** "HTTP/1.1 200 OK" (the reason may be empty or missing). */
    int status(int start, int end) throws IOException {
        if (end - start < 12 || !startsWith(start, HTTP_1) || buf[start + 8] != ' ') {
            throw new IOException("not an HTTP/1.x status line: " + text(start, end));
        }
        int status = 0;
        for (int i = start + 9; i < start + 12; i++) {
            int digit = buf[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new IOException("bad status code in: " + text(start, end));
            }
            status = status * 10 + digit;
        }
        return status;
    }

    /** After {@link #status} accepted the line: HTTP/1.1 (or later minor) keeps the connection by default. */
    boolean http11(int start) {
        return buf[start + 7] != '0';
    }

    int colon(int start, int end) throws IOException {
        for (int i = start; i < end; i++) {
            if (buf[i] == ':') {
                return i;
            }
        }
        throw new IOException("malformed response header line: " + text(start, end));
    }

    int skipBlanks(int from, int end) {
        while (from < end && (buf[from] == ' ' || buf[from] == '\t')) {
            from++;
        }
        return from;
    }

    int trimEnd(int start, int end) {
        while (end > start && (buf[end - 1] == ' ' || buf[end - 1] == '\t')) {
            end--;
        }
        return end;
    }

    /** Case-insensitive: {@code lowerName} is lower case. */
    boolean named(int start, int end, byte[] lowerName) {
        if (end - start != lowerName.length) {
            return false;
        }
        for (int i = 0; i < lowerName.length; i++) {
            if (lower(buf[start + i]) != lowerName[i]) {
                return false;
            }
        }
        return true;
    }

    /** Case-insensitive search of a lower-case token within a header value. */
    boolean contains(int start, int end, byte[] lowerToken) {
        for (int at = start; at <= end - lowerToken.length; at++) {
            if (named(at, at + lowerToken.length, lowerToken)) {
                return true;
            }
        }
        return false;
    }

    long decimal(int start, int end) throws IOException {
        if (start == end || end - start > 18) {
            throw new IOException("bad Content-Length: " + text(start, end));
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            int digit = buf[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new IOException("bad Content-Length: " + text(start, end));
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** A chunk-size line: hex digits, then possibly blanks or ";extensions". */
    long hex(int start, int end) throws IOException {
        long value = 0;
        int i = start;
        for (; i < end && i - start < 15; i++) {
            int digit = Character.digit(buf[i], 16);
            if (digit < 0) {
                break;
            }
            value = value * 16 + digit;
        }
        if (i == start || i < end && buf[i] != ';' && buf[i] != ' ' && buf[i] != '\t') {
            throw new IOException("bad chunk size line: " + text(start, end));
        }
        return value;
    }

    String text(int start, int end) {
        return new String(buf, start, Math.min(end - start, 200), StandardCharsets.ISO_8859_1);
    }

    private boolean startsWith(int start, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (buf[start + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int lower(byte b) {
        return b >= 'A' && b <= 'Z' ? b + 32 : b;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

package org.carla.staging.gate.load.wire;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;

/**
 * The outcome of one request as the client saw it.
 *
 * @param body    the answer, kept only when the request {@linkplain Request#keepsBody keeps it} (otherwise null)
 * @param failure why no answer came ("timeout after ...", "connect: ...", ...), null when one did, whatever its
 *                status
 */
public record Exchange(int status, long bytes, byte[] body, String failure) {
    static Exchange failed(String why) {
        return new Exchange(0, 0, null, why);
    }

    /** What a request that ran out of time records, the same words for every transport. */
    static String timeoutText(Duration timeout) {
        return "timeout after " + timeout.toMillis() + " ms";
    }

    /** A refused connection says "connect: ..."; anything else names its exception. */
    static Exchange failed(IOException io) {
        return failed(io instanceof ConnectException ? "connect: " + io.getMessage() : io.getClass().getSimpleName() + ": " + io.getMessage());
    }

    /**
     * Whether a request that failed on a kept-alive connection is sent once more on a fresh one: only when
     * nothing of an answer came back, which is what a server dropping an idle connection looks like (browsers
     * retry then too). A fresh connection, a second attempt or a half-received answer fails for real.
     */
    static boolean worthRetrying(boolean reusedConnection, int attempt, boolean answerStarted) {
        return reusedConnection && attempt == 1 && !answerStarted;
    }
}

package org.carla.staging.gate.await;

import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ThrowingRunnable;
import org.carla.staging.gate.config.Timeouts;
import org.carla.staging.gate.http.ApplicationStoppedError;
import org.carla.staging.gate.http.ServiceUnreachableException;
import org.carla.staging.gate.http.SetupFailedException;

/**
 * The gate's only way to wait for eventual state: bounded by configuration, with a message that says
 * what was awaited; the last assertion failure is in the timeout message. A service that cannot be
 * reached, an application that stopped, or a failed set-up ends the wait at once: waiting cannot mend them.
 */
public final class Eventually {
    private final Timeouts timeouts;

    public Eventually(Timeouts timeouts) {
        this.timeouts = timeouts;
    }

    public ConditionFactory awaiting(String what) {
        return Awaitility.await(what).atMost(timeouts.eventually()).pollInterval(timeouts.poll())
                .ignoreExceptionsMatching(e -> !final_(e));
    }

    public void untilAsserted(String what, ThrowingRunnable assertion) {
        AtomicReference<Throwable> stopped = new AtomicReference<>();
        try {
            awaiting(what).untilAsserted(() -> {
                try {
                    assertion.run();
                } catch (ApplicationStoppedError e) {
                    // An AssertionError would be retried until the timeout: carry it out unchanged.
                    stopped.set(e);
                    throw new Stop(e);
                }
            });
        } catch (RuntimeException e) {
            if (stopped.get() instanceof ApplicationStoppedError error) throw error;
            Throwable cause = e instanceof Stop ? e.getCause() : e;
            if (cause instanceof RuntimeException r && final_(r)) throw r;
            throw e;
        }
    }

    /**
     * Like {@link #untilAsserted}, for checks of the product: when the wait times out on an assertion, that is a
     * product defect, so the timeout is an {@link AssertionError} carrying what was awaited, the bound and the
     * last assertion's message (a report shows it failed, not broken).
     */
    public void untilHolds(String what, ThrowingRunnable assertion) {
        // Awaitility does not carry the last assertion as the timeout's cause when the bound falls during an
        // evaluation (a slow Prometheus query), so the last completed evaluation's outcome is kept here.
        AtomicReference<Throwable> last = new AtomicReference<>();
        try {
            untilAsserted(what, () -> {
                try {
                    assertion.run();
                } catch (Throwable e) {
                    if (!cutShort(e)) last.set(e);
                    throw e;
                }
            });
        } catch (org.awaitility.core.ConditionTimeoutException timeout) {
            Throwable cause = last.get() != null ? last.get() : timeout.getCause();
            if (!(cause instanceof AssertionError lastFailure)) throw timeout;
            throw new AssertionError(what + " not reached within " + timeouts.eventually().toSeconds() + " s: "
                    + lastFailure.getMessage(), timeout);
        }
    }

    /** An evaluation the timeout interrupted has no outcome of its own. */
    private static boolean cutShort(Throwable e) {
        if (Thread.currentThread().isInterrupted()) return true;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException || t instanceof java.io.InterruptedIOException
                    || t instanceof java.nio.channels.ClosedByInterruptException) return true;
        }
        return false;
    }

    private static boolean final_(Throwable e) {
        return e instanceof ServiceUnreachableException || e instanceof SetupFailedException || e instanceof Stop;
    }

    /** Carries a final outcome out of Awaitility's retry loop. */
    private static final class Stop extends RuntimeException {
        Stop(Throwable cause) {
            super(cause);
        }
    }
}

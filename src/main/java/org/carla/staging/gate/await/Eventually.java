package org.carla.staging.gate.await;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ThrowingRunnable;
import org.carla.staging.gate.config.Timeouts;

/**
 * The gate's only way to wait for eventual state: bounded by configuration, with a message that says
 * what was awaited; the last assertion failure is in the timeout message.
 */
public final class Eventually {
    private final Timeouts timeouts;

    public Eventually(Timeouts timeouts) {
        this.timeouts = timeouts;
    }

    public ConditionFactory awaiting(String what) {
        return Awaitility.await(what).atMost(timeouts.eventually()).pollInterval(timeouts.poll()).ignoreExceptions();
    }

    public void untilAsserted(String what, ThrowingRunnable assertion) {
        awaiting(what).untilAsserted(assertion);
    }
}

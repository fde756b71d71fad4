package org.carla.staging.gate.metrics;

import org.carla.staging.gate.stack.GateRun;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts the run's one {@link RequestTally} on every HTTP exchange of every suite, before the class makes its
 * first request (after the stack started: the tally reads the application's metrics as its baseline).
 */
public final class RequestTallyExtension implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        GateRun run = GateRun.of(context);
        run.observeHttp(RequestTally.of(run));
    }
}

package org.carla.staging.gate.stack;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts the stack before a test class (once per run, see {@link GateRun}): its failure fails the class. */
public final class StagingStackExtension implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        GateRun.of(context).stack();
    }
}

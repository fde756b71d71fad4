package org.carla.staging.gate.http;

/**
 * The application under test answered earlier in this run and then stopped answering (it died, or hangs):
 * a product defect, reported once, on the test during which it happened, with the requests just before.
 * Every later test that needs it is marked broken instead of failing for an unrelated reason.
 */
public final class ApplicationStoppedError extends AssertionError {
    public ApplicationStoppedError(String message, Throwable cause) {
        super(message, cause);
    }
}

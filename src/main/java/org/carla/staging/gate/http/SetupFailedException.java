package org.carla.staging.gate.http;

/**
 * A test's own set-up (register, log in, create a report, write a config) did not work: the check could
 * not run, so the test is <em>broken</em>, not failed. The message names the step, the route, the status
 * and the body.
 */
public final class SetupFailedException extends RuntimeException {
    public SetupFailedException(String message) {
        super(message);
    }
}

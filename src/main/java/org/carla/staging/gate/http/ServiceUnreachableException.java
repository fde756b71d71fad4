package org.carla.staging.gate.http;

/**
 * A service of the stack cannot be reached (refused, unknown host, timed out): the test could not run,
 * so it is <em>broken</em>, not failed. The message names the service, its URL, the setting that gave it
 * and what to do.
 */
public final class ServiceUnreachableException extends RuntimeException {
    public ServiceUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}

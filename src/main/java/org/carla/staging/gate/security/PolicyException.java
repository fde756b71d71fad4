package org.carla.staging.gate.security;

/** A policy file the gate cannot use; the message names the source, the line and the fix. */
public class PolicyException extends RuntimeException {
    public PolicyException(String message) {
        super(message);
    }

    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}

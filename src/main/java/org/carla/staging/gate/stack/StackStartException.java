package org.carla.staging.gate.stack;

/** The stack did not come up. Remembered, so every later test class reports this one cause at once. */
public final class StackStartException extends RuntimeException {
    public StackStartException(String message, Throwable cause) {
        super(message, cause);
    }
}

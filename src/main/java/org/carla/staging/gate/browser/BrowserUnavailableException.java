package org.carla.staging.gate.browser;

/**
 * The headless browser cannot be used here: a binary is missing or does not start. The message says what
 * is missing and the fix; callers turn it into a JUnit abort ({@code Assumptions.abort(e.getMessage())}).
 */
public final class BrowserUnavailableException extends RuntimeException {
    public BrowserUnavailableException(String message) {
        super(message);
    }

    public BrowserUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

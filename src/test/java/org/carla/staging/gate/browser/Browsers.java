package org.carla.staging.gate.browser;

import java.time.Duration;
import org.junit.jupiter.api.Assumptions;

/** Starts chromium for a test class, or aborts the class with the locator's message when it is not installed. */
final class Browsers {
    static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(20);

    private Browsers() {
    }

    static BrowserBinaries locateOrAbort() {
        try {
            return BrowserLocator.searching().locate();
        } catch (BrowserUnavailableException e) {
            return Assumptions.abort(e.getMessage());
        }
    }

    static HeadlessChromium startOrAbort() {
        return HeadlessChromium.start(locateOrAbort(), PAGE_LOAD_TIMEOUT);
    }
}

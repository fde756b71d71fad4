package org.carla.staging.gate.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The headless browser of the page-load check: configured binaries (else searched for), how many cold
 * loads to time, and whether a missing browser fails the check or skips it.
 */
public record BrowserConfig(Optional<Path> chromium, Optional<Path> chromedriver, int loads, boolean required) {
    public static final String CHROMIUM_KEY = "staging.browser.chromium";
    public static final String CHROMEDRIVER_KEY = "staging.browser.chromedriver";

    static BrowserConfig read(Settings s) {
        return new BrowserConfig(s.optional(CHROMIUM_KEY).map(Path::of), s.optional(CHROMEDRIVER_KEY).map(Path::of),
                s.positiveInt("staging.browser.loads"), s.flag("staging.browser.required"));
    }
}

package org.carla.staging.gate.browser;

import java.nio.file.Path;

/** Where the browser and its matching driver are: what {@link BrowserLocator#locate()} found. */
public record BrowserBinaries(Path chromium, Path chromedriver) {
}

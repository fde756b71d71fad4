package org.carla.staging.gate.report;

import java.nio.file.Path;

/** Where Allure results land: the allure.results.directory property, as Allure itself reads it. */
public final class ResultsDirectory {
    private ResultsDirectory() {
    }

    public static Path path() {
        return Path.of(System.getProperty("allure.results.directory", "allure-results"));
    }
}

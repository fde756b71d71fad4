package org.carla.staging.gate.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where Allure results land: the allure.results.directory property, as Allure itself reads it. */
public final class ResultsDirectory {
    private ResultsDirectory() {
    }

    public static Path path() {
        return Path.of(System.getProperty("allure.results.directory", "allure-results"));
    }

    /** The test results in an Allure results directory (one {@code <uuid>-result.json} each; attachments and containers left out). */
    public static List<Path> resultFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-result.json")).toList();
        }
    }
}

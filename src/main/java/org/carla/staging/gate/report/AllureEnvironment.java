package org.carla.staging.gate.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report's Environment panel (environment.properties) and its failure categories (categories.json:
 * product defect vs stack failure vs test defect), written once per run.
 */
public final class AllureEnvironment {
    private AllureEnvironment() {
    }

    public static void write(Map<String, String> facts) {
        Path dir = ResultsDirectory.path();
        String properties = facts.entrySet().stream()
                .map(e -> escape(e.getKey()) + "=" + escape(e.getValue()))
                .collect(Collectors.joining("\n", "", "\n"));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("environment.properties"), properties, StandardCharsets.UTF_8);
            try (var in = AllureEnvironment.class.getResourceAsStream("categories.json")) {
                if (in != null) Files.write(dir.resolve("categories.json"), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Allure environment to " + dir, e);
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("=", "\\=").replace(":", "\\:");
    }
}

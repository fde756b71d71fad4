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
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("environment.properties"), properties(facts), StandardCharsets.UTF_8);
            try (var in = AllureEnvironment.class.getResourceAsStream("categories.json")) {
                if (in != null) Files.write(dir.resolve("categories.json"), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Allure environment to " + dir, e);
        }
    }

    /** Puts these facts first in the environment.properties of {@code dir}, in place of earlier values of the same keys. */
    static void putFirst(Path dir, Map<String, String> facts) throws IOException {
        Path file = dir.resolve("environment.properties");
        String kept = !Files.isRegularFile(file) ? "" : Files.readString(file).lines()
                .filter(line -> facts.keySet().stream().noneMatch(key -> line.startsWith(escape(key) + "=")))
                .map(line -> line + "\n").collect(Collectors.joining());
        Files.writeString(file, properties(facts) + kept, StandardCharsets.UTF_8);
    }

    private static String properties(Map<String, String> facts) {
        return facts.entrySet().stream().map(e -> escape(e.getKey()) + "=" + escape(e.getValue()))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** A properties key or value (ISO-8859-1 as Allure reads it: anything else as \\uXXXX). */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.replace("\\", "\\\\").replace("\n", "\\n").replace("=", "\\=").replace(":", "\\:").toCharArray()) {
            if (c < 0x7f) out.append(c);
            else out.append(String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }
}

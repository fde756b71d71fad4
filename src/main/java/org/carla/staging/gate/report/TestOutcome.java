package org.carla.staging.gate.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One result of the run as Allure stored it: who (class, name), what tag, which framework wrote it (the gate's
 * JUnit suites, or Newman for the Postman collection), the status and its message, and its parameters.
 */
public record TestOutcome(String name, String testClass, String tag, String framework, String status, String message,
                          long start, long stop, Map<String, String> parameters) {
    /** The full name of the gate's own summary entry (not a check: left out of every count). */
    public static final String SUMMARY = "staging-gate.summary";

    static TestOutcome of(JsonNode result) {
        Map<String, String> labels = new LinkedHashMap<>();
        result.path("labels").forEach(l -> labels.putIfAbsent(l.path("name").asText(), l.path("value").asText()));
        Map<String, String> parameters = new LinkedHashMap<>();
        result.path("parameters").forEach(p -> parameters.putIfAbsent(p.path("name").asText(), p.path("value").asText()));
        String testClass = labels.getOrDefault("testClass", labels.getOrDefault("suite", ""));
        return new TestOutcome(result.path("name").asText(), testClass.substring(testClass.lastIndexOf('.') + 1),
                labels.getOrDefault("epic", labels.getOrDefault("tag", "")), labels.getOrDefault("framework", ""),
                result.path("status").asText("unknown"),
                result.path("statusDetails").path("message").asText("").replaceFirst("^Assumption failed: ", ""),
                result.path("start").asLong(0), result.path("stop").asLong(0), parameters);
    }

    public boolean fromNewman() {
        return "newman".equals(framework);
    }

    /** A skipped check that stands for a warning (e.g. a latency regression under WARN), not "not applicable". */
    public boolean warning() {
        return "skipped".equals(status) && message.startsWith("WARN ");
    }

    /** The message's first line, at most {@code max} characters. */
    public String firstLine(int max) {
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() > max ? line.substring(0, max - 3) + "..." : line;
    }

    /** "Class: test name" (the class left out when the name already says it). */
    public String title() {
        return testClass.isEmpty() || name.startsWith(testClass) ? name : testClass + ": " + name;
    }
}

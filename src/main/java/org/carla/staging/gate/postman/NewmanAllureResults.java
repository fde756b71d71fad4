package org.carla.staging.gate.postman;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.carla.staging.gate.http.Redaction;
import org.carla.staging.gate.report.ResultsDirectory;

/**
 * Files the Allure results newman-reporter-allure wrote next to the gate's own. The reporter attaches
 * request headers and bodies and response bodies as they were (bearer tokens, passwords, access tokens):
 * each attachment of a Newman result is redacted like every exchange the gate records. It marks requests
 * the collection skipped as passed: they become skipped, with the reason the collection logged. And its
 * labels come from the collection's structure only: the gate's epic/feature/story are added so the
 * requests sit in the Behaviors tab with the gate's other checks.
 */
public final class NewmanAllureResults {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> GATE_LABELS = List.of("epic", "feature", "story");

    private NewmanAllureResults() {
    }

    /**
     * Rewrites every Newman result in {@code resultsDir} written at or after {@code sinceMillis}.
     * {@code labels} maps epic/feature to values; the story is {@code storyPrefix} plus the request's folder.
     *
     * @return how many results were filed
     */
    public static int file(Path resultsDir, long sinceMillis, Map<String, String> labels, String storyPrefix) {
        try {
            int filed = 0;
            for (Path result : ResultsDirectory.resultFiles(resultsDir)) {
                ObjectNode node = (ObjectNode) JSON.readTree(result.toFile());
                if (!"newman".equals(label(node, "framework")) || node.path("start").asLong(0) < sinceMillis) continue;
                redactAttachments(resultsDir, node);
                markSkipped(resultsDir, node);
                relabel(node, labels, storyPrefix);
                JSON.writeValue(result.toFile(), node);
                filed++;
            }
            return filed;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot file Newman's Allure results in " + resultsDir, e);
        }
    }

    private static void relabel(ObjectNode result, Map<String, String> labels, String storyPrefix) {
        ArrayNode list = result.withArray("labels");
        for (Iterator<JsonNode> it = list.elements(); it.hasNext(); ) {
            if (GATE_LABELS.contains(it.next().path("name").asText())) it.remove();
        }
        labels.forEach((name, value) -> list.addObject().put("name", name).put("value", value));
        String folder = label(result, "suite");
        list.addObject().put("name", "story").put("value", storyPrefix + (folder == null ? "" : folder));
    }

    /** A request the collection skipped has no request sent and no test run; the reporter still calls it passed. */
    private static void markSkipped(Path dir, ObjectNode result) throws IOException {
        boolean sent = false;
        for (JsonNode parameter : result.path("parameters")) sent |= "Request".equals(parameter.path("name").asText());
        if (sent || result.path("steps").size() > 0 || !"passed".equals(result.path("status").asText())) return;
        String reason = "skipped by the collection";
        for (JsonNode attachment : result.path("attachments")) {
            if ("ConsoleLogs".equals(attachment.path("name").asText())) {
                String logged = Files.readString(dir.resolve(attachment.path("source").asText()), StandardCharsets.UTF_8);
                int at = logged.indexOf("skipped:");
                if (at >= 0) reason = logged.substring(at).strip();
            }
        }
        result.put("status", "skipped");
        result.putObject("statusDetails").put("message", reason);
    }

    private static void redactAttachments(Path dir, JsonNode node) throws IOException {
        for (JsonNode attachment : node.path("attachments")) {
            Path file = dir.resolve(attachment.path("source").asText());
            if (!Files.isRegularFile(file)) continue;
            String name = attachment.path("name").asText();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String redacted = name.endsWith("Headers") ? redactHeaders(text) : Redaction.body(text);
            if (!redacted.equals(text)) Files.writeString(file, redacted, StandardCharsets.UTF_8);
        }
        for (JsonNode step : node.path("steps")) redactAttachments(dir, step);
    }

    /** The reporter writes headers as one JSON object: name → value. */
    static String redactHeaders(String json) {
        try {
            JsonNode headers = JSON.readTree(json);
            if (!(headers instanceof ObjectNode object)) return Redaction.body(json);
            List<String> names = new java.util.ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) object.put(name, Redaction.header(name, object.path(name).asText()));
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(object);
        } catch (IOException e) {
            return Redaction.body(json);
        }
    }

    private static String label(JsonNode result, String name) {
        for (JsonNode label : result.path("labels")) {
            if (name.equals(label.path("name").asText())) return label.path("value").asText();
        }
        return null;
    }
}

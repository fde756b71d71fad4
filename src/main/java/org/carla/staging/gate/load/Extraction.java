package org.carla.staging.gate.load;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.Optional;

/**
 * Takes one value out of a JSON answer into a flow variable (e.g. {@code access_token} into {@code token}).
 *
 * @param variable the name later requests use as {@code ${variable}}
 * @param field    a top-level field name, or a JSON Pointer such as {@code /data/token}
 */
public record Extraction(String variable, String field) {
    // ObjectReader is immutable and thread-safe, unlike a shared ObjectMapper's configuration.
    private static final ObjectReader JSON = new ObjectMapper().reader();

    public Extraction {
        if (variable == null || variable.isBlank() || field == null || field.isBlank()) {
            throw new IllegalArgumentException("an extraction needs a variable and a JSON field, e.g. new Extraction(\"token\", \"access_token\")");
        }
    }

    /** The value, or empty when the body is not JSON or lacks the field (the request then counts as failed). */
    Optional<String> from(byte[] body) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode node = field.startsWith("/") ? root.at(JsonPointer.compile(field)) : root.path(field);
            if (node.isMissingNode() || node.isNull()) {
                return Optional.empty();
            }
            return Optional.of(node.isValueNode() ? node.asText() : node.toString());
        } catch (IOException | IllegalArgumentException notJson) {
            return Optional.empty();
        }
    }
}

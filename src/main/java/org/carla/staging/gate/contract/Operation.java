package org.carla.staging.gate.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** One route of an OpenAPI document: method, path template, whether it needs a token, its body schema. */
public record Operation(String method, String path, String operationId, boolean secured, Optional<JsonNode> bodySchema,
                        JsonNode node) {
    public boolean readOnly() {
        return method.equals("GET") || method.equals("HEAD");
    }

    /** The path with every parameter set to one value (as sent: the caller encodes it if it must). */
    public String pathWith(String value) {
        return path.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(value));
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}

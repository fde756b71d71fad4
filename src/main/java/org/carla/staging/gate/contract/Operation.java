package org.carla.staging.gate.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** One route of an OpenAPI document: method, path template, whether it needs a token, its body schema. */
public record Operation(String method, String path, String operationId, boolean secured, Optional<JsonNode> bodySchema,
                        JsonNode node) {
    public boolean readOnly() {
        return method.equals("GET") || method.equals("HEAD");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}

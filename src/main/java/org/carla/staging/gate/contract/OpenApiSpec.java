package org.carla.staging.gate.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An OpenAPI 3 document as the gate uses it: its operations, and $ref resolution within it. */
public final class OpenApiSpec {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String text;
    private final JsonNode root;

    private OpenApiSpec(String text, JsonNode root) {
        this.text = text;
        this.root = root;
    }

    public static OpenApiSpec parse(String text) {
        try {
            JsonNode root = JSON.readTree(text);
            if (!root.path("openapi").asText("").startsWith("3.")) {
                throw new IllegalArgumentException("not an OpenAPI 3 document (openapi=" + root.path("openapi").asText("missing") + ")");
            }
            return new OpenApiSpec(text, root);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document is not JSON", e);
        }
    }

    public String text() {
        return text;
    }

    public List<Operation> operations() {
        boolean globalSecurity = root.path("security").size() > 0;
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) continue;
                JsonNode node = op.getValue();
                boolean secured = node.has("security") ? node.path("security").size() > 0 : globalSecurity;
                Optional<JsonNode> body = Optional.ofNullable(node.path("requestBody").path("content")
                        .path("application/json").get("schema")).map(this::resolve);
                operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        node.path("operationId").asText(op.getKey() + " " + path.getKey()), secured, body, node));
            }
        }
        return operations;
    }

    /** Follows a local $ref (#/components/schemas/X); other nodes are returned as they are. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 20 && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) throw new IllegalArgumentException("only local $ref supported: " + ref);
            current = root.at(ref.substring(1));
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) return resolve(current.get("allOf").get(0));
        return current;
    }

}

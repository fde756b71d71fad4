package org.carla.staging.gate.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A plausible, valid request body for a JSON schema: required properties (and all of a small object),
 * formats honoured, names that mean something (email, password, username) given fitting values. The
 * point is to reach the route's real logic, not its 422 validation.
 */
public final class SampleValues {
    private final OpenApiSpec spec;
    private final Supplier<String> unique;
    private final String password;

    public SampleValues(OpenApiSpec spec, Supplier<String> unique, String password) {
        this.spec = spec;
        this.unique = unique;
        this.password = password;
    }

    public JsonNode sample(JsonNode schema) {
        return sample("", schema, 0);
    }

    private JsonNode sample(String name, JsonNode raw, int depth) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        JsonNode schema = spec.resolve(raw);
        if (schema.has("example")) return schema.get("example");
        if (schema.has("default") && !schema.get("default").isNull()) return schema.get("default");
        if (schema.has("enum")) return schema.get("enum").get(0);
        if (schema.has("anyOf")) return sample(name, schema.get("anyOf").get(0), depth + 1);
        if (schema.has("oneOf")) return sample(name, schema.get("oneOf").get(0), depth + 1);
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> {
                ArrayNode array = json.arrayNode();
                if (schema.path("minItems").asInt(0) > 0 && depth < 5) array.add(sample(name, schema.path("items"), depth + 1));
                yield array;
            }
            case "integer" -> json.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            case "number" -> json.numberNode(Math.max(1.0, schema.path("minimum").asDouble(1.0)));
            case "boolean" -> json.booleanNode(false);
            default -> json.textNode(text(name.toLowerCase(Locale.ROOT), schema));
        };
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        if (depth > 5) return object;
        JsonNode required = schema.path("required");
        boolean small = schema.path("properties").size() <= 6;
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            boolean isRequired = false;
            for (JsonNode r : required) isRequired |= r.asText().equals(property.getKey());
            if (isRequired || small) object.set(property.getKey(), sample(property.getKey(), property.getValue(), depth + 1));
        }
        return object;
    }

    private String text(String name, JsonNode schema) {
        String format = schema.path("format").asText("");
        if (format.equals("email") || name.contains("email")) return unique.get() + "@example.org";
        if (format.equals("date-time")) return "2026-01-01T00:00:00Z";
        if (format.equals("uuid")) return "00000000-0000-4000-8000-000000000000";
        if (name.contains("password")) return password;
        if (name.contains("username") || name.endsWith("name")) return unique.get();
        int min = schema.path("minLength").asInt(0);
        String value = "gate-sample";
        return value.length() >= min ? value : value + "x".repeat(min - value.length());
    }
}

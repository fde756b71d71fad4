package org.carla.staging.acceptance.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.security.RouteKey;

/**
 * Finds a real resource of a user behind a route with a path parameter, the way a client would: list the
 * collection above it ({@code GET /api/reports} for {@code /api/reports/{id}}), then try what the items
 * carry (ids, names) until the item route serves one to its owner. Nothing app-specific is assumed.
 */
public final class OwnedResources {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CANDIDATES = 12;

    private OwnedResources() {
    }

    /** The value of the route's parameter that names one of the user's resources, if any. */
    public static Optional<String> find(HttpSpecs http, UserSession user, RouteKey itemRoute) {
        String collection = itemRoute.path().substring(0, itemRoute.path().lastIndexOf('/'));
        if (collection.isEmpty() || collection.contains("{")) return Optional.empty();
        Response listed = user.authorize(given(http.backend())).get(collection);
        if (listed.statusCode() != 200) return Optional.empty();
        for (String candidate : candidates(listed.asString())) {
            Response one = user.authorize(given(http.backend())).get(itemRoute.pathWith(candidate));
            if (one.statusCode() == 200) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** Scalar values of the items of the first list in a JSON answer (strings as they are). */
    static List<String> candidates(String body) {
        List<String> values = new ArrayList<>();
        try {
            JsonNode items = firstArray(JSON.readTree(body));
            if (items == null) return values;
            for (JsonNode item : items) {
                if (item.isValueNode()) values.add(item.asText());
                for (Iterator<JsonNode> fields = item.elements(); fields.hasNext(); ) {
                    JsonNode field = fields.next();
                    if (field.isValueNode() && !field.asText().isBlank()) values.add(field.asText());
                }
                if (values.size() >= MAX_CANDIDATES) break;
            }
        } catch (Exception notJson) {
            // Not JSON: nothing to list.
        }
        return values.stream().distinct().limit(MAX_CANDIDATES).toList();
    }

    private static JsonNode firstArray(JsonNode node) {
        if (node.isArray()) return node;
        for (Iterator<JsonNode> fields = node.elements(); fields.hasNext(); ) {
            JsonNode field = fields.next();
            if (field.isArray() && field.size() > 0) return field;
        }
        return null;
    }
}

package org.carla.staging.gate.security.canary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Watches every exchange with the application: learns the secrets of the run as they go by (passwords
 * the app accepted, tokens it issued) and searches every answer, headers and body, for every secret known
 * so far. The answer that issues a token may carry it; nothing else may.
 */
public final class CanaryWatch implements Filter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PASSWORDS = Set.of("password", "new_password");
    private static final Set<String> TOKENS = Set.of("access_token", "refresh_token", "session_token", "token");

    private final Canaries canaries;
    private final CanarySearch search;

    public CanaryWatch(Canaries canaries) {
        this.canaries = canaries;
        this.search = new CanarySearch(canaries);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext context) {
        Response response = context.next(request, responseSpec);
        String where = request.getMethod() + " " + request.getDerivedPath() + " → " + response.getStatusCode();
        List<String> issued = List.of();
        if (response.getStatusCode() / 100 == 2) {
            learn(fields(request.getBody(), PASSWORDS), "password accepted by " + request.getMethod() + " " + request.getDerivedPath());
            List<String> tokens = fields(response.asString(), TOKENS);
            learn(tokens, "token issued by " + request.getMethod() + " " + request.getDerivedPath());
            // The answer that issues a token carries it (even one issued before, e.g. a second log-in in the same second).
            issued = canaries.searchable().entrySet().stream().filter(e -> tokens.contains(e.getValue())).map(Map.Entry::getKey).toList();
        }
        StringBuilder seen = new StringBuilder();
        response.getHeaders().forEach(h -> seen.append(h.getName()).append(": ").append(h.getValue()).append('\n'));
        search.search("the answer to " + where, seen.append(response.asString()).toString(), issued);
        return response;
    }

    private void learn(List<String> values, String label) {
        for (String value : values) canaries.add(label + " #" + (canaries.searchable().size() + 1), value);
    }

    /** The text values of the named fields of a JSON body (none when it is not JSON). */
    private static List<String> fields(Object body, Set<String> names) {
        List<String> values = new ArrayList<>();
        if (body == null) return values;
        try {
            JsonNode node = JSON.readTree(String.valueOf(body));
            for (String name : names) {
                if (node.path(name).isTextual()) values.add(node.path(name).asText());
            }
        } catch (Exception notJson) {
            // Only JSON bodies carry the fields the contract names.
        }
        return values;
    }

    public Canaries canaries() {
        return canaries;
    }

    /** The hits in HTTP answers so far, and how much was read. */
    public CanarySearch answers() {
        return search;
    }
}

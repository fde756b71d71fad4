package org.carla.staging.gate.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.carla.staging.gate.load.wire.Request;

/**
 * One request of a flow, immutable; every {@code with}-style method returns a copy. Path, header values
 * and body may contain {@code ${variable}} filled from an earlier {@link Extraction} of the same flow.
 *
 * @param endpoint the name the per-endpoint breakdown uses; defaults to the path template, so
 *                 {@code /api/reports/${id}} stays one endpoint whatever the id
 * @param expectedStatuses answers counted as success; empty means any 2xx or 3xx
 */
public record Step(String method, String path, Map<String, String> headers, String body, String endpoint,
                   Set<Integer> expectedStatuses, List<Extraction> extractions) implements Request {

    public Step {
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("a step needs an HTTP method, e.g. Step.get(\"/health\")");
        }
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a step's path is relative to the base URL and starts with '/': " + path);
        }
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        endpoint = endpoint == null || endpoint.isBlank() ? path : endpoint;
        expectedStatuses = Collections.unmodifiableSet(new TreeSet<>(expectedStatuses));
        extractions = List.copyOf(extractions);
    }

    public static Step get(String path) {
        return of("GET", path);
    }

    public static Step post(String path) {
        return of("POST", path);
    }

    public static Step of(String method, String path) {
        return new Step(method, path, Map.of(), null, null, Set.of(), List.of());
    }

    public Step header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Step(method, path, copy, body, endpoint, expectedStatuses, extractions);
    }

    /** {@code Authorization: Bearer ${variable}}: the token a previous step extracted. */
    public Step bearer(String variable) {
        return header("Authorization", "Bearer ${" + variable + "}");
    }

    public Step body(String text) {
        return new Step(method, path, headers, text, endpoint, expectedStatuses, extractions);
    }

    public Step json(String text) {
        return header("Content-Type", "application/json").body(text);
    }

    public Step endpoint(String name) {
        return new Step(method, path, headers, body, name, expectedStatuses, extractions);
    }

    public Step expect(Integer... statuses) {
        return new Step(method, path, headers, body, endpoint, Set.of(statuses), extractions);
    }

    /** Keeps {@code field} of the JSON answer as {@code ${variable}} for the following steps. */
    public Step extract(String variable, String field) {
        List<Extraction> copy = new ArrayList<>(extractions);
        copy.add(new Extraction(variable, field));
        return new Step(method, path, headers, body, endpoint, expectedStatuses, copy);
    }

    /** Its answer is kept only when a later step needs something from it. */
    @Override
    public boolean keepsBody() {
        return !extractions.isEmpty();
    }

    boolean succeeded(int status) {
        return expectedStatuses.isEmpty() ? status >= 200 && status < 400 : expectedStatuses.contains(status);
    }
}

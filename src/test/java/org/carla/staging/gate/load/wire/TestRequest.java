package org.carla.staging.gate.load.wire;

import java.util.LinkedHashMap;
import java.util.Map;

/** A request as the client's own tests need one: what goes on the wire, no flow around it. */
record TestRequest(String method, String path, Map<String, String> headers, String body, boolean keepsBody) implements Request {

    static TestRequest get(String path) {
        return of("GET", path);
    }

    static TestRequest of(String method, String path) {
        return new TestRequest(method, path, Map.of(), null, false);
    }

    TestRequest header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new TestRequest(method, path, copy, body, keepsBody);
    }

    TestRequest withBody(String text) {
        return new TestRequest(method, path, headers, text, keepsBody);
    }

    /** As a step that extracts from its answer: the body is kept. */
    TestRequest keepingBody() {
        return new TestRequest(method, path, headers, body, true);
    }
}

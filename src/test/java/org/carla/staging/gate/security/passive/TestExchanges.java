package org.carla.staging.gate.security.passive;

import java.net.URI;
import java.util.List;
import org.carla.staging.gate.security.Finding;

/** Compact exchanges for rule tests. */
final class TestExchanges {
    static final String HTML = "<!doctype html><html><body>hi</body></html>";
    static final String GOOD_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    private TestExchanges() {
    }

    static Exchange response(String url, int status, String body, String... responseHeaders) {
        return Exchange.of("GET", URI.create(url), HeaderMap.empty(), status, HeaderMap.of(responseHeaders), body);
    }

    static Exchange request(String url, HeaderMap request, int status, String body, String... responseHeaders) {
        return Exchange.of("GET", URI.create(url), request, status, HeaderMap.of(responseHeaders), body);
    }

    static Exchange html(String... responseHeaders) {
        String[] all = new String[responseHeaders.length + 2];
        all[0] = "Content-Type";
        all[1] = "text/html; charset=utf-8";
        System.arraycopy(responseHeaders, 0, all, 2, responseHeaders.length);
        return response("http://frontend.test/", 200, HTML, all);
    }

    static Exchange json(String body, String... responseHeaders) {
        String[] all = new String[responseHeaders.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(responseHeaders, 0, all, 2, responseHeaders.length);
        return response("http://backend.test/api/x", 200, body, all);
    }

    /** The findings of the one rule with this id. */
    static List<Finding> run(List<? extends PassiveRule> rules, String id, Exchange exchange) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + id)).inspect(exchange);
    }
}

package org.carla.staging.gate.security.passive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carla.staging.gate.security.passive.TestExchanges.json;
import static org.carla.staging.gate.security.passive.TestExchanges.request;
import static org.carla.staging.gate.security.passive.TestExchanges.response;

import java.util.List;
import org.carla.staging.gate.security.Finding;
import org.junit.jupiter.api.Test;

class ResponseHygieneRulesTest {
    private static final HeaderMap BEARER = HeaderMap.of("Authorization", "Bearer x");

    private static List<Finding> run(String id, Exchange e) {
        return TestExchanges.run(ResponseHygieneRules.all(), id, e);
    }

    @Test
    void authenticatedJsonWithoutNoStoreIsFound() {
        assertThat(run("CACHE-AUTH", request("http://a.test/api/auth/me", BEARER, 200, "{}", "Content-Type", "application/json")))
                .hasSize(1);
        assertThat(run("CACHE-AUTH", request("http://a.test/api/auth/me", BEARER, 200, "{}", "Content-Type", "application/json",
                "Cache-Control", "max-age=600"))).hasSize(1);
    }

    @Test
    void noStoreOrAnonymousIsFine() {
        assertThat(run("CACHE-AUTH", request("http://a.test/api/auth/me", BEARER, 200, "{}", "Content-Type", "application/json",
                "Cache-Control", "no-store"))).isEmpty();
        assertThat(run("CACHE-AUTH", json("{}"))).isEmpty();
        assertThat(run("CACHE-AUTH", request("http://a.test/", HeaderMap.of("Cookie", "sid=1"), 401, "{}",
                "Content-Type", "application/json"))).as("only 2xx").isEmpty();
    }

    @Test
    void missingContentTypeIsFound() {
        assertThat(run("CT-MISSING", response("http://a.test/version.txt", 200, "1.0"))).hasSize(1);
        assertThat(run("CT-MISSING", response("http://a.test/version.txt", 200, "1.0", "Content-Type", "text/plain"))).isEmpty();
    }

    @Test
    void jsonServedAsHtmlAndHtmlServedAsJsonAreFound() {
        assertThat(run("CT-MISMATCH", response("http://a.test/", 200, "{\"a\":\"<b>\"}", "Content-Type", "text/html")))
                .singleElement().satisfies(f -> assertThat(f.evidence()).isEqualTo("JSON body served as text/html"));
        assertThat(run("CT-MISMATCH", response("http://a.test/", 200, "<!DOCTYPE html><html>", "Content-Type", "text/plain")))
                .hasSize(1);
    }

    @Test
    void matchingTypesAreFine() {
        assertThat(run("CT-MISMATCH", json("{\"a\":1}"))).isEmpty();
        assertThat(run("CT-MISMATCH", response("http://a.test/", 200, "<html></html>", "Content-Type", "text/html; charset=utf-8")))
                .isEmpty();
    }

    @Test
    void unauthorizedNeedsAChallenge() {
        assertThat(run("AUTH-401-CHALLENGE", response("http://a.test/", 401, "{}"))).hasSize(1);
        assertThat(run("AUTH-401-CHALLENGE", response("http://a.test/", 401, "{}", "WWW-Authenticate", "Bearer"))).isEmpty();
    }
}

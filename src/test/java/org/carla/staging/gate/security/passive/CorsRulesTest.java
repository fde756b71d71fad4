package org.carla.staging.gate.security.passive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carla.staging.gate.security.passive.TestExchanges.request;

import java.util.List;
import org.carla.staging.gate.security.Finding;
import org.junit.jupiter.api.Test;

class CorsRulesTest {
    private static final HeaderMap FROM_PROBE = HeaderMap.of("Origin", CorsRules.PROBE_ORIGIN);

    private static List<Finding> run(String id, Exchange e) {
        return TestExchanges.run(CorsRules.all(), id, e);
    }

    @Test
    void reflectedProbeOriginIsFound() {
        Exchange e = request("http://a.test/api/x", FROM_PROBE, 200, "{}", "Access-Control-Allow-Origin", CorsRules.PROBE_ORIGIN);
        assertThat(run("CORS-REFLECT", e)).hasSize(1);
        assertThat(run("CORS-REFLECT-CREDENTIALS", e)).isEmpty();
    }

    @Test
    void reflectedProbeOriginWithCredentialsIsFound() {
        Exchange e = request("http://a.test/api/x", FROM_PROBE, 200, "{}", "Access-Control-Allow-Origin", CorsRules.PROBE_ORIGIN,
                "Access-Control-Allow-Credentials", "true");
        assertThat(run("CORS-REFLECT-CREDENTIALS", e)).hasSize(1);
        assertThat(run("CORS-REFLECT", e)).as("reported once").isEmpty();
    }

    @Test
    void nullOriginAllowedIsFound() {
        Exchange e = request("http://a.test/", HeaderMap.of("Origin", "null"), 200, "{}", "Access-Control-Allow-Origin", "null");
        assertThat(run("CORS-REFLECT", e)).hasSize(1);
    }

    @Test
    void trustedOriginOrNoCorsIsFine() {
        HeaderMap own = HeaderMap.of("Origin", "http://localhost:3001");
        assertThat(run("CORS-REFLECT-CREDENTIALS", request("http://a.test/", own, 200, "{}",
                "Access-Control-Allow-Origin", "http://localhost:3001", "Access-Control-Allow-Credentials", "true"))).isEmpty();
        assertThat(run("CORS-REFLECT", request("http://a.test/", FROM_PROBE, 200, "{}"))).isEmpty();
    }

    @Test
    void wildcardWithCredentialsIsFound() {
        assertThat(run("CORS-WILDCARD-CREDENTIALS", request("http://a.test/", HeaderMap.empty(), 200, "{}",
                "Access-Control-Allow-Origin", "*", "Access-Control-Allow-Credentials", "true"))).hasSize(1);
    }

    @Test
    void wildcardWithoutCredentialsIsFine() {
        assertThat(run("CORS-WILDCARD-CREDENTIALS", request("http://a.test/", HeaderMap.empty(), 200, "{}",
                "Access-Control-Allow-Origin", "*"))).isEmpty();
    }

    @Test
    void probeOriginsAreRecognised() {
        assertThat(CorsRules.looksLikeProbe("https://localhost.evil.example")).isTrue();
        assertThat(CorsRules.looksLikeProbe("http://localhost:3001")).isFalse();
    }
}

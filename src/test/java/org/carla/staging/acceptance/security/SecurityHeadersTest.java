package org.carla.staging.acceptance.security;

import static io.restassured.RestAssured.given;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.carla.staging.acceptance.SecurityTest;
import org.carla.staging.gate.config.Enforcement;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.security.GatePolicy;
import org.carla.staging.gate.security.Verdict;
import org.carla.staging.gate.stack.Requirements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed "Security Testing": Endpoint Protection. Security headers on EVERY frontend location (nginx drops
 * inherited headers in a location with its own add_header, so checking "/" alone misses the classic bug),
 * and on the backend's own port as the policy rates that layer (HDR-*@layer:backend, WARN by default: users
 * reach the API through the frontend). No layer may name its version.
 */
@SecurityTest
@Feature("5. Security Testing")
@Story("Sensitive endpoint protection")
class SecurityHeadersTest {
    private static final String[] BACKEND_PATHS = {"/health", "/api/version", "/api/scenarios", "/api/auth/me", "/api/does-not-exist"};
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+)\"");

    @Test
    @DisplayName("Every frontend location sends the security headers")
    void everyFrontendLocationSendsSecurityHeaders(HttpSpecs http) {
        String index = given(http.frontend()).get("/").then().statusCode(200).extract().asString();
        Map<String, String> locations = new LinkedHashMap<>();
        locations.put("/", "the app");
        locations.put("/index.html", "the app by name");
        locations.put("/version.txt", "build version");
        Matcher asset = ASSET.matcher(index);
        if (asset.find()) locations.put(asset.group(1), "a static asset");
        locations.put("/simulations/42", "an SPA deep link");
        locations.put("/api/scenarios", "the API proxy");
        locations.put("/api/does-not-exist", "a proxied error");
        SoftAssertions soft = new SoftAssertions();
        locations.forEach((path, what) -> {
            Response response = given(http.frontend()).get(path);
            expectHeaders(soft, response, path + " (" + what + ", " + response.statusCode() + ")", true);
            expectNoBanner(soft, response, path);
        });
        soft.assertAll();
    }

    @Test
    @DisplayName("The backend's own port sends the security headers (rated by the policy for that layer)")
    void backendSendsSecurityHeaders(HttpSpecs http, GateConfig config) throws Throwable {
        Verdict verdict = GatePolicy.load(config.security()).verdictFor("HDR-XCTO", "/", "backend");
        Requirements.enforced(Enforcement.valueOf(verdict.name()), "policy line HDR-*@layer:backend", () -> {
            SoftAssertions soft = new SoftAssertions();
            for (String path : BACKEND_PATHS) {
                Response response = given(http.backend()).get(path);
                expectHeaders(soft, response, path + " (backend, " + response.statusCode() + ")", false);
            }
            soft.assertAll();
        });
    }

    @Test
    @DisplayName("The backend names no version in Server or X-Powered-By")
    void backendSendsNoVersionBanner(HttpSpecs http) {
        SoftAssertions soft = new SoftAssertions();
        for (String path : BACKEND_PATHS) expectNoBanner(soft, given(http.backend()).get(path), path + " (backend)");
        soft.assertAll();
    }

    private static void expectNoBanner(SoftAssertions soft, Response response, String where) {
        String server = response.header("Server");
        soft.assertThat(server == null || !server.matches(".*\\d.*")).as("no version in Server header on %s (got %s)", where, server).isTrue();
        soft.assertThat(response.header("X-Powered-By")).as("X-Powered-By on %s", where).isNull();
    }

    private static void expectHeaders(SoftAssertions soft, Response response, String where, boolean html) {
        soft.assertThat(response.header("X-Content-Type-Options")).as("X-Content-Type-Options on %s", where).isEqualToIgnoringCase("nosniff");
        String frameOptions = response.header("X-Frame-Options");
        String csp = response.header("Content-Security-Policy");
        soft.assertThat(frameOptions != null || (csp != null && csp.contains("frame-ancestors")))
                .as("clickjacking protection (X-Frame-Options or CSP frame-ancestors) on %s", where).isTrue();
        if (html) {
            soft.assertThat(csp).as("Content-Security-Policy on %s", where).isNotBlank();
            soft.assertThat(response.header("Referrer-Policy")).as("Referrer-Policy on %s", where).isNotBlank();
        }
    }
}

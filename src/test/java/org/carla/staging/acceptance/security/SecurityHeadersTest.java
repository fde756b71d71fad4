package org.carla.staging.acceptance.security;

import static io.restassured.RestAssured.given;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.carla.staging.acceptance.SecurityTest;
import org.carla.staging.gate.http.HttpSpecs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed "Security Testing": Endpoint Protection. Security headers on the backend and on EVERY frontend
 * location: nginx drops inherited headers in a location with its own add_header, so checking "/" alone
 * misses the classic bug.
 */
@SecurityTest
@Feature("5. Security Testing")
@Story("Sensitive endpoint protection")
class SecurityHeadersTest {
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
        locations.forEach((path, what) -> expectHeaders(soft, given(http.frontend()), path, what, true));
        soft.assertAll();
    }

    @Test
    @DisplayName("Backend answers send the security headers and no version banner")
    void backendSendsSecurityHeaders(HttpSpecs http) {
        SoftAssertions soft = new SoftAssertions();
        for (String path : new String[] {"/health", "/api/version", "/api/scenarios", "/api/auth/me", "/api/does-not-exist"}) {
            expectHeaders(soft, given(http.backend()), path, "backend", false);
        }
        soft.assertAll();
    }

    private static void expectHeaders(SoftAssertions soft, RequestSpecification spec, String path, String what, boolean html) {
        Response response = spec.get(path);
        String where = path + " (" + what + ", " + response.statusCode() + ")";
        soft.assertThat(response.header("X-Content-Type-Options")).as("X-Content-Type-Options on %s", where).isEqualToIgnoringCase("nosniff");
        String frameOptions = response.header("X-Frame-Options");
        String csp = response.header("Content-Security-Policy");
        soft.assertThat(frameOptions != null || (csp != null && csp.contains("frame-ancestors")))
                .as("clickjacking protection (X-Frame-Options or CSP frame-ancestors) on %s", where).isTrue();
        if (html) {
            soft.assertThat(csp).as("Content-Security-Policy on %s", where).isNotBlank();
            soft.assertThat(response.header("Referrer-Policy")).as("Referrer-Policy on %s", where).isNotBlank();
        }
        String server = response.header("Server");
        soft.assertThat(server == null || !server.matches(".*\\d.*")).as("no version in Server header on %s (got %s)", where, server).isTrue();
        soft.assertThat(response.header("X-Powered-By")).as("X-Powered-By on %s", where).isNull();
    }
}

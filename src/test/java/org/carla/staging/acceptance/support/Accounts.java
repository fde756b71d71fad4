package org.carla.staging.acceptance.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;

/**
 * Makes users the way a person would, through the contract's public routes: register, then log in.
 * Each user gets fresh, unique names so tests never depend on each other's data.
 */
public final class Accounts {
    /** Meets the contract's policy: 8+ characters with upper, lower and a digit. */
    public static final String STRONG_PASSWORD_PREFIX = "Gate-Pass-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpSpecs http;
    private final GateConfig config;

    public Accounts(HttpSpecs http, GateConfig config) {
        this.http = http;
        this.config = config;
    }

    public static String unique(String prefix) {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }

    public static String strongPassword() {
        return STRONG_PASSWORD_PREFIX + unique("A9") ;
    }

    public UserSession newUser() {
        String username = unique("gate_");
        String email = username + "@example.org";
        String password = strongPassword();
        given(http.backend()).body(Map.of("username", username, "email", email, "password", password,
                        "first_name", "Gate", "last_name", "Probe"))
                .post("/api/auth/register").then().statusCode(200);
        return login(username, password, false);
    }

    /** The administrator the stack was started with (compose target) or was configured (external). */
    public UserSession admin() {
        var admin = config.admin();
        if (admin.password().isEmpty()) {
            org.junit.jupiter.api.Assumptions.abort("no administrator credentials: set staging.admin.username and staging.admin.password");
        }
        return login(admin.username(), admin.password(), true);
    }

    public UserSession login(String username, String password, boolean admin) {
        JsonPath answer = given(http.backend()).body(Map.of("username", username, "password", password))
                .post("/api/auth/login").then().statusCode(200).extract().jsonPath();
        return new UserSession(username, answer.getString("user.email"), password, answer.getString("access_token"),
                answer.getLong("user.id"), String.valueOf(answer.getString("user.tenant_id")), admin);
    }
}

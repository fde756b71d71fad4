package org.carla.staging.acceptance.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import org.carla.staging.gate.config.Credentials;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.db.Database;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.http.Setup;
import org.carla.staging.gate.http.SetupFailedException;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes users the way a person would, through the contract's public routes: register, then log in.
 * Each user gets fresh, unique names so tests never depend on each other's data. A step that does not
 * work makes the test broken (it could not run), never failed.
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
        return STRONG_PASSWORD_PREFIX + unique("A9");
    }

    public UserSession newUser() {
        String username = unique("gate_");
        String password = strongPassword();
        Setup.expect(register(username, password), "register a user", 200, 201);
        return login(username, password, false);
    }

    /**
     * The administrator: for the stack the gate started, registered through the API like anyone and made
     * an administrator with {@code staging.admin.promote.sql} against the app's own database (the real
     * app has no setting for an initial admin); for a deployed staging, the configured account.
     */
    public UserSession admin() {
        Credentials admin = config.admin();
        if (admin.password().isEmpty()) {
            Assumptions.abort("no administrator credentials: set staging.admin.username and staging.admin.password");
        }
        if (config.usesContainers()) {
            Response registered = register(admin.username(), admin.password());
            // 400 is fine only when the name is taken because this run made it earlier: the log-in below proves it.
            Setup.expect(registered, "register the gate's administrator " + admin.username(), 200, 201, 400);
            login(admin.username(), admin.password(), false);
            promote(admin.username());
        }
        return login(admin.username(), admin.password(), true);
    }

    public UserSession login(String username, String password, boolean admin) {
        Response answer = given(http.backend()).body(Map.of("username", username, "password", password)).post("/api/auth/login");
        JsonPath body = Setup.expect(answer, "log in as " + username, 200).jsonPath();
        String token = Setup.require(body.getString("access_token"), "log in as " + username, "the answer has no access_token: " + answer.asString());
        return new UserSession(username, body.getString("user.email"), password, token,
                body.getLong("user.id"), String.valueOf(body.getString("user.tenant_id")), admin);
    }

    private Response register(String username, String password) {
        return given(http.backend()).body(Map.of("username", username, "email", username + "@example.org", "password", password,
                "first_name", "Gate", "last_name", "Probe")).post("/api/auth/register");
    }

    private void promote(String username) {
        String sql = config.expectations().adminPromoteSql();
        try {
            int changed = new Database(config).update(sql, username);
            if (changed != 1) {
                throw new SetupFailedException("could not run this check: making " + username + " an administrator changed "
                        + changed + " rows (" + sql + "); set staging.admin.promote.sql for this app's schema");
            }
        } catch (SQLException e) {
            throw new SetupFailedException("could not run this check: making " + username + " an administrator failed: "
                    + e.getMessage() + " (" + sql + "); set staging.admin.promote.sql for this app's schema");
        }
    }
}

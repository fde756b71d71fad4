package org.carla.staging.acceptance.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.carla.staging.acceptance.SecurityTest;
import org.carla.staging.acceptance.support.Accounts;
import org.carla.staging.acceptance.support.UserSession;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.stack.Requirements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Seed "Security Testing": Authentication and Access Control — the accounts themselves are safe. */
@SecurityTest
@Feature("5. Security Testing")
@Story("Authentication")
class AccountSafetyTest {
    private static final List<String> WEAK = List.of("a", "password", "12345678", "alllowercase1", "ALLUPPERCASE1", "NoDigitsHere");

    @Test
    @DisplayName("Weak passwords are refused at registration and at password change")
    void passwordPolicyIsEnforced(HttpSpecs http, GateConfig config) {
        UserSession user = new Accounts(http, config).newUser();
        SoftAssertions soft = new SoftAssertions();
        for (String weak : WEAK) {
            String name = Accounts.unique("gate_");
            int register = given(http.backend()).body(Map.of("username", name, "email", name + "@example.org", "password", weak))
                    .post("/api/auth/register").statusCode();
            soft.assertThat(register).as("register with password '%s'", weak).isIn(400, 422);
            int change = user.authorize(given(http.backend())).body(Map.of("current_password", user.password(), "new_password", weak))
                    .post("/api/auth/change-password").statusCode();
            soft.assertThat(change).as("change-password to '%s'", weak).isIn(400, 422);
        }
        soft.assertAll();
    }

    @Test
    @DisplayName("Password reset needs authentication, and a user cannot reset another user's password")
    void passwordResetNeedsAuthentication(HttpSpecs http, GateConfig config) {
        Accounts accounts = new Accounts(http, config);
        UserSession victim = accounts.newUser();
        UserSession attacker = accounts.newUser();
        Map<String, String> body = Map.of("username", victim.username(), "email", victim.email(), "new_password", Accounts.strongPassword());
        Response anonymous = given(http.backend()).body(body).post("/api/auth/reset-password");
        Response other = attacker.authorize(given(http.backend())).body(body).post("/api/auth/reset-password");
        assertThat(anonymous.statusCode()).as("anonymous reset of %s answered %s", victim.username(), anonymous.asString()).isIn(401, 403);
        assertThat(other.statusCode()).as("%s resetting %s answered %s", attacker.username(), victim.username(), other.asString()).isIn(401, 403);
        accounts.login(victim.username(), victim.password(), false); // the victim's password still works
    }

    @Test
    @DisplayName("Repeated failed logins are throttled (429)")
    void repeatedFailedLoginsAreThrottled(HttpSpecs http, GateConfig config) throws Throwable {
        Requirements.enforced(config.security().throttle(), "staging.security.throttle", () -> {
            UserSession user = new Accounts(http, config).newUser();
            int allowed = config.security().loginMaxFailures();
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i <= allowed + 1; i++) {
                statuses.add(given(http.backend()).body(Map.of("username", user.username(), "password", "Wrong-Pass-" + i))
                        .post("/api/auth/login").statusCode());
            }
            assertThat(statuses.subList(0, allowed)).as("first %d wrong passwords", allowed).containsOnly(401);
            assertThat(statuses.get(statuses.size() - 1)).as("answers to %d wrong passwords in a row: %s", statuses.size(), statuses).isEqualTo(429);
        });
    }
}

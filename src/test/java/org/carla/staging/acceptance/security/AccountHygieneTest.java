package org.carla.staging.acceptance.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.restassured.response.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.carla.staging.acceptance.SecurityTest;
import org.carla.staging.acceptance.support.Accounts;
import org.carla.staging.acceptance.support.UserSession;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.db.Database;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.http.Setup;
import org.carla.staging.gate.report.Figures;
import org.carla.staging.gate.security.probe.JwtForge;
import org.carla.staging.gate.stack.Requirements;
import org.carla.staging.gate.stack.StagingStack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed "Security Testing": Authentication and Data Protection. An access token lives no longer than the
 * policy allows (staging.security.token.max.lifetime, upstream's own default of 24 h), and the
 * application's database role is not a superuser or the owner of everything (least privilege; rated by
 * staging.security.database.role, WARN by default since the seed itself names postgres/postgres).
 */
@SecurityTest
@Feature("5. Security Testing")
@Story("Authentication")
class AccountHygieneTest {

    @Test
    @DisplayName("An access token lives no longer than the policy allows (exp - iat, and expires_in)")
    void tokenLifetimeIsWithinThePolicy(HttpSpecs http, GateConfig config) {
        Duration max = config.security().tokenMaxLifetime();
        UserSession user = new Accounts(http, config).newUser();
        long issuedAt = System.currentTimeMillis() / 1000;
        Map<String, Object> claims = JwtForge.decodeClaims(user.token());
        long exp = Setup.require(number(claims.get("exp")), "read the token's expiry", "the access token has no exp claim: " + claims.keySet());
        long iat = number(claims.get("iat")) != null ? number(claims.get("iat")) : issuedAt;
        Duration lifetime = Duration.ofSeconds(exp - iat);
        Figures.record("access token lifetime", lifetime.toMinutes() / 60.0, "h", "≤ " + max.toHours() + " h");
        assertThat(lifetime).as("access token lifetime exp - iat (%s)", claims.containsKey("iat") ? "iat claim" : "no iat: from the log-in")
                .isLessThanOrEqualTo(max);
        Response login = given(http.backend()).body(Map.of("username", user.username(), "password", user.password())).post("/api/auth/login");
        Object expiresIn = Setup.expect(login, "log in again", 200).jsonPath().get("expires_in");
        if (expiresIn != null) {
            assertThat(Duration.ofSeconds(Long.parseLong(String.valueOf(expiresIn)))).as("expires_in of the log-in answer").isLessThanOrEqualTo(max);
        }
    }

    @Test
    @Story("Data protection")
    @DisplayName("The application's database role is neither a superuser nor the owner of everything")
    void appDatabaseRoleHasLeastPrivilege(StagingStack stack, GateConfig config) throws Throwable {
        String role = appRole(stack, config);
        String schema = config.expectations().databaseSchema();
        List<Map<String, Object>> rows = new Database(config).query("select rolsuper, rolcreaterole, rolcreatedb from pg_roles where rolname = ?", role);
        Setup.require(rows.isEmpty() ? null : rows, "read the app's database role", "role " + role + " not found in pg_roles");
        long owned = new Database(config).count("select count(*) from pg_tables where schemaname = ? and tableowner = ?", schema, role);
        long tables = new Database(config).count("select count(*) from pg_tables where schemaname = ?", schema);
        Map<String, Object> attributes = rows.get(0);
        Figures.text("database role of the application", role + ": " + attributes + ", owns " + owned + " of " + tables + " tables in " + schema);
        Requirements.enforced(config.security().databaseRole(), "staging.security.database.role", () -> {
            assertThat(attributes.get("rolsuper")).as("the app connects as %s, a superuser (%s)", role, attributes).isEqualTo(false);
            assertThat(owned).as("tables of schema %s owned by the app's role %s (of %d): it could drop them all", schema, role, tables)
                    .isLessThan(Math.max(1, tables));
        });
    }

    /** The role the backend really connects as: its DATABASE_URL when the gate sees its container, else the configured user. */
    private static String appRole(StagingStack stack, GateConfig config) {
        return stack.containers().flatMap(c -> c.byService().values().stream().filter(s -> s.service().equals("backend")).findFirst())
                .flatMap(state -> {
                    for (var env : state.inspect().path("Config").path("Env")) {
                        String line = env.asText();
                        if (line.startsWith("DATABASE_URL=")) {
                            String userInfo = URI.create(line.substring("DATABASE_URL=".length())).getUserInfo();
                            if (userInfo != null) return java.util.Optional.of(userInfo.split(":", 2)[0]);
                        }
                    }
                    return java.util.Optional.empty();
                }).orElse(config.database().username());
    }

    private static Long number(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}

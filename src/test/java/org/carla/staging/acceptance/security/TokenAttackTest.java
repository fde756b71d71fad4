package org.carla.staging.acceptance.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.carla.staging.acceptance.SecurityTest;
import org.carla.staging.acceptance.support.Accounts;
import org.carla.staging.acceptance.support.UserSession;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.security.probe.JwtForge;
import org.carla.staging.gate.security.probe.WellKnownSecrets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Seed "Security Testing": Authentication. Bearer tokens are attacked the ways real ones are: no
 * algorithm, a wrong key, expired, claims rewritten to make oneself admin, signed with a secret that
 * frameworks and tutorials publish, and replayed after logout. Every one must be refused.
 */
@SecurityTest
@Feature("5. Security Testing")
@Story("Authentication")
class TokenAttackTest {
    private static final String ME = "/api/auth/me";
    private static final String ADMIN_ROUTE = "/api/auth/users";

    @TestFactory
    @DisplayName("Forged tokens are refused on a user route and an admin route")
    Stream<DynamicTest> forgedTokensAreRefused(HttpSpecs http, GateConfig config) {
        UserSession user = new Accounts(http, config).newUser();
        Map<String, Object> claims = JwtForge.decodeClaims(user.token());
        Map<String, Object> admin = new HashMap<>(claims);
        admin.put("is_admin", true);
        Map<String, String> forged = new LinkedHashMap<>();
        for (int i = 0; i < JwtForge.algNoneVariants(admin).size(); i++) forged.put("alg none, variant " + (i + 1), JwtForge.algNoneVariants(admin).get(i));
        forged.put("wrong key", JwtForge.hs256(admin, "gate-wrong-key-" + Accounts.unique("")));
        forged.put("expired", JwtForge.expired(claims, "gate-wrong-key"));
        forged.put("claims rewritten to admin, signature kept", JwtForge.withTamperedClaims(user.token(), Map.of("is_admin", true)));
        forged.put("other user's id, signature kept", JwtForge.withTamperedClaims(user.token(), Map.of("sub", "1", "username", "admin")));
        return forged.entrySet().stream().map(f -> DynamicTest.dynamicTest(f.getKey(), () -> {
            for (String route : new String[] {ME, ADMIN_ROUTE}) {
                Response response = given(http.backend()).header("Authorization", "Bearer " + f.getValue()).get(route);
                assertThat(response.statusCode()).as("%s with a token forged by '%s' answered %s", route, f.getKey(), response.asString())
                        .isIn(401, 403);
            }
        }));
    }

    @Test
    @DisplayName("Tokens signed with a well-known default secret are refused, and real tokens do not use one")
    void tokenSignedWithAWellKnownSecretIsRejected(HttpSpecs http, GateConfig config) {
        UserSession user = new Accounts(http, config).newUser();
        assertThat(JwtForge.findSigningSecret(user.token())).as("the secret that signs the backend's real tokens, if it is a public default")
                .isEmpty();
        Map<String, Object> admin = new HashMap<>(JwtForge.decodeClaims(user.token()));
        admin.put("is_admin", true);
        SoftAssertions soft = new SoftAssertions();
        for (String secret : WellKnownSecrets.list()) {
            int status = given(http.backend()).header("Authorization", "Bearer " + JwtForge.hs256(admin, secret)).get(ADMIN_ROUTE).statusCode();
            soft.assertThat(status).as("admin route with a token signed by the public secret '%s'", secret).isIn(401, 403);
        }
        soft.assertAll();
    }

    @Test
    @DisplayName("A token is refused after its user logged out")
    void tokenIsRejectedAfterLogout(HttpSpecs http, GateConfig config) {
        UserSession user = new Accounts(http, config).newUser();
        user.authorize(given(http.backend())).get(ME).then().statusCode(200);
        user.authorize(given(http.backend())).post("/api/auth/logout").then().statusCode(200);
        Response replay = user.authorize(given(http.backend())).get(ME);
        assertThat(replay.statusCode()).as("%s with the token after logout answered %s", ME, replay.asString()).isEqualTo(401);
    }
}

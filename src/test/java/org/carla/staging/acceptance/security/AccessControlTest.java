package org.carla.staging.acceptance.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.carla.staging.acceptance.SecurityTest;
import org.carla.staging.acceptance.support.Accounts;
import org.carla.staging.acceptance.support.UserSession;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.contract.OpenApiSpec;
import org.carla.staging.gate.contract.Operation;
import org.carla.staging.gate.contract.SampleValues;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.security.probe.JwtForge;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seed "Security Testing": Endpoint Protection and Authentication. Every route the backend declares as
 * needing a bearer token is called anonymously and with forged tokens; every administrator route is
 * called as a normal user. None may serve the caller.
 */
@SecurityTest
@Feature("5. Security Testing")
class AccessControlTest {

    @TestFactory
    @Story("Sensitive endpoint protection")
    @DisplayName("Every bearer route rejects anonymous and forged tokens")
    Stream<DynamicTest> bearerRoutesRejectBadTokens(HttpSpecs http, GateConfig config) {
        UserSession user = new Accounts(http, config).newUser();
        Map<String, Object> claims = JwtForge.decodeClaims(user.token());
        Map<String, String> forged = Map.of(
                "no token", "",
                "alg none", JwtForge.algNone(claims),
                "wrong key", JwtForge.hs256(claims, "not-the-server-secret-" + Accounts.unique("k")),
                "expired", JwtForge.expired(claims, "not-the-server-secret"),
                "tampered claims", JwtForge.withTamperedClaims(user.token(), Map.of("is_admin", true, "sub", "1")));
        OpenApiSpec spec = OpenApiSpec.parse(given(http.backend()).get("/openapi.json").then().statusCode(200).extract().asString());
        // A valid body, so that only the token can be the reason for a refusal (not a 422 on the body).
        SampleValues samples = new SampleValues(spec, () -> Accounts.unique("gate_"), Accounts.strongPassword());
        return securedOperations(spec).flatMap(op -> forged.entrySet().stream().map(f -> DynamicTest.dynamicTest(
                op + " with " + f.getKey(), () -> {
                    var request = given(http.backend());
                    op.bodySchema().ifPresent(schema -> request.body(samples.sample(schema).toString()));
                    if (!f.getValue().isEmpty()) request.header("Authorization", "Bearer " + f.getValue());
                    Response response = request.request(op.method(), op.pathWith("1"));
                    assertThat(response.statusCode()).as("%s with %s answered %s", op, f.getKey(), response.asString())
                            .isIn(401, 403);
                })));
    }

    @TestFactory
    @Story("Access control validation")
    @DisplayName("Every administrator route rejects a normal user")
    Stream<DynamicTest> adminRoutesRejectNormalUsers(HttpSpecs http, GateConfig config) {
        UserSession user = new Accounts(http, config).newUser();
        return config.security().adminRoutes().stream().map(route -> DynamicTest.dynamicTest(route + " as a normal user", () -> {
            String[] parts = route.split(" ", 2);
            Response response = user.authorize(given(http.backend())).request(parts[0], parts[1]);
            assertThat(response.statusCode()).as("%s as normal user %s answered %s", route, user.username(), response.asString())
                    .isEqualTo(403);
        }));
    }

    private static Stream<Operation> securedOperations(OpenApiSpec spec) {
        List<Operation> secured = spec.operations().stream().filter(Operation::secured).toList();
        assertThat(secured).as("routes /openapi.json declares as needing a bearer token").isNotEmpty();
        return secured.stream();
    }

}

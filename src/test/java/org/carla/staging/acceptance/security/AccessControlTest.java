package org.carla.staging.acceptance.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.carla.staging.acceptance.SecurityTest;
import org.carla.staging.acceptance.support.Accounts;
import org.carla.staging.acceptance.support.ApiSurface;
import org.carla.staging.acceptance.support.OwnedResources;
import org.carla.staging.acceptance.support.TenantData;
import org.carla.staging.acceptance.support.UserSession;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.report.Figures;
import org.carla.staging.gate.security.Access;
import org.carla.staging.gate.security.RouteKey;
import org.carla.staging.gate.security.probe.JwtForge;
import org.carla.staging.gate.stack.Requirements;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seed "Security Testing": Endpoint Protection, Authentication and Access Control, judged by the gate's
 * route policy (written from the contract), never by what the application declares about itself. The
 * routes attacked are the policy's, the app's OpenAPI's and those its frontend calls; each attack on each
 * route is its own line in the report.
 */
@SecurityTest
@Feature("5. Security Testing")
class AccessControlTest {
    // Path parameters are ApiSurface.MISSING_ID: a protected route refuses before it looks anything up.
    private static final List<Integer> REFUSED = List.of(401, 403);

    @TestFactory
    @Story("Sensitive endpoint protection")
    @DisplayName("Every route that is not public refuses an anonymous caller")
    Stream<DynamicTest> everyProtectedRouteRefusesAnonymousCallers(HttpSpecs http, GateConfig config) {
        ApiSurface surface = ApiSurface.discover(http, config);
        UserSession user = new Accounts(http, config).newUser();
        DynamicTest inventory = dynamicTest("route inventory: policy ∪ OpenAPI ∪ frontend bundle", () -> {
            Figures.text("route inventory", surface.describe());
            surface.inventory().countBySource().forEach((source, count) -> Figures.record("routes named by " + source, count, "", "reported"));
            assertThat(surface.inventory().routes()).as("routes to attack").isNotEmpty();
        });
        return Stream.concat(Stream.of(inventory), protectedRoutes(surface).map(route ->
                dynamicTest(route + " (" + access(surface, route) + ") refuses an anonymous caller", () -> {
                    requireServed(http, surface, route, user);
                    judged(config, surface, route, () -> assertRefused(route, "an anonymous caller", anonymous(http, surface, route)));
                })));
    }

    @TestFactory
    @Story("Authentication")
    @DisplayName("Every route that is not public refuses forged and expired tokens")
    Stream<DynamicTest> everyProtectedRouteRefusesForgedTokens(HttpSpecs http, GateConfig config) {
        ApiSurface surface = ApiSurface.discover(http, config);
        UserSession user = new Accounts(http, config).newUser();
        Map<String, Object> claims = JwtForge.decodeClaims(user.token());
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("a token signed with another key", JwtForge.hs256(claims, "not-the-server-secret-" + Accounts.unique("k")));
        forged.put("an expired token", JwtForge.expired(claims, "not-the-server-secret"));
        forged.put("an unsigned token (alg none)", JwtForge.algNone(claims));
        return protectedRoutes(surface).flatMap(route -> forged.entrySet().stream().map(token ->
                dynamicTest(route + " refuses " + token.getKey(), () -> {
                    requireServed(http, surface, route, user);
                    // A route that serves anonymous callers has its one line for that: no second one per token.
                    Assumptions.assumeTrue(REFUSED.contains(anonymous(http, surface, route).statusCode()),
                            route + " serves anonymous callers (reported by its anonymous check): no token is checked to forge");
                    Response answer = surface.valid(given(http.backend()).header("Authorization", "Bearer " + token.getValue()), route)
                            .request(route.method(), route.pathWith(ApiSurface.MISSING_ID));
                    judged(config, surface, route, () -> assertRefused(route, token.getKey(), answer));
                })));
    }

    @TestFactory
    @Story("Access control validation")
    @DisplayName("Every administrator route refuses a normal user")
    Stream<DynamicTest> adminRoutesRejectNormalUsers(HttpSpecs http, GateConfig config) {
        ApiSurface surface = ApiSurface.discover(http, config);
        UserSession user = new Accounts(http, config).newUser();
        return surface.inventory().routes().stream().filter(r -> surface.inventory().access(r) == Access.ADMIN)
                .map(route -> dynamicTest(route + " refuses a normal user", () -> {
                    requireServed(http, surface, route, user);
                    Response answer = surface.valid(user.authorize(given(http.backend())), route).request(route.method(), route.pathWith(ApiSurface.MISSING_ID));
                    assertRefused(route, "normal user " + user.username(), answer);
                }));
    }

    @TestFactory
    @Story("Access control validation")
    @DisplayName("A tenant's resources refuse another tenant's token, however the tenant is named")
    Stream<DynamicTest> tenantResourcesRefuseAnotherTenant(HttpSpecs http, GateConfig config) {
        ApiSurface surface = ApiSurface.discover(http, config);
        TenantData tenants = TenantData.create(http, config);
        UserSession owner = tenants.owner().user();
        UserSession intruder = tenants.intruder().user();
        Map<String, UnaryOperator<RequestSpecification>> handles = new LinkedHashMap<>();
        handles.put("by id", r -> r);
        handles.put("naming the owner's tenant (?tenant_id=)", r -> r.queryParam("tenant_id", owner.tenantId()));
        handles.put("naming the owner's tenant (X-Tenant-Id)", r -> r.header("X-Tenant-Id", owner.tenantId()));
        return surface.inventory().routes().stream()
                .filter(r -> r.hasParameters() && surface.inventory().access(r) != Access.PUBLIC && List.of("GET", "DELETE").contains(r.method()))
                .map(route -> dynamicTest(route + " refuses another tenant's token", () -> {
                    String id = OwnedResources.find(http, owner, new RouteKey("GET", route.path())).orElseGet(() -> {
                        Assumptions.abort("the owner has nothing behind " + route.path() + " to attack (its list route names none it can read; "
                                + "data the gate could not make: " + tenants.owner().problems() + ")");
                        return null;
                    });
                    SoftAssertions soft = new SoftAssertions();
                    handles.forEach((how, handle) -> {
                        Response answer = handle.apply(intruder.authorize(given(http.backend()))).request(route.method(), route.pathWith(id));
                        soft.assertThat(answer.statusCode()).as("%s %s as %s (another tenant) %s answered %s", route.method(),
                                route.pathWith(id), intruder.username(), how, excerpt(answer)).isIn(403, 404);
                    });
                    soft.assertThat(owner.authorize(given(http.backend())).get(route.pathWith(id)).statusCode())
                            .as("the owner still reads %s after the attempts", route.pathWith(id)).isEqualTo(200);
                    soft.assertAll();
                }));
    }

    @TestFactory
    @Story("Sensitive endpoint protection")
    @DisplayName("Every route the application serves is in the route policy")
    Stream<DynamicTest> everyServedRouteIsInThePolicy(HttpSpecs http, GateConfig config) {
        ApiSurface surface = ApiSurface.discover(http, config);
        return surface.inventory().routes().stream().filter(r -> !surface.inventory().inPolicy(r))
                .map(route -> dynamicTest(route + " is in the route policy", () -> Requirements.enforced(config.security().unknownRoutes(),
                        "staging.security.unknown.routes", () -> assertThat(surface.inventory().inPolicy(route))
                                .as("%s is served (named by %s) but the route policy does not say who may call it; it is attacked as a "
                                        + "user route. Add it to staging-route-policy.txt", route, surface.inventory().sources(route)).isTrue())));
    }

    private static Response anonymous(HttpSpecs http, ApiSurface surface, RouteKey route) {
        return surface.valid(given(http.backend()), route).request(route.method(), route.pathWith(ApiSurface.MISSING_ID));
    }

    private static String access(ApiSurface surface, RouteKey route) {
        return surface.inventory().inPolicy(route) ? surface.inventory().access(route).name() : "not in the policy, judged as USER";
    }

    /**
     * A breach on a route the policy lists fails; on a route it does not list, the policy cannot say what
     * was meant, so the breach is rated by staging.security.unknown.routes (WARN by default: visible, not green).
     */
    private static void judged(GateConfig config, ApiSurface surface, RouteKey route, org.junit.jupiter.api.function.Executable check)
            throws Throwable {
        if (surface.inventory().inPolicy(route)) check.execute();
        else Requirements.enforced(config.security().unknownRoutes(), "staging.security.unknown.routes", check);
    }

    private static Stream<RouteKey> protectedRoutes(ApiSurface surface) {
        return surface.inventory().routes().stream().filter(r -> surface.inventory().access(r) != Access.PUBLIC);
    }

    /**
     * A route only the policy names may not exist in this app: a signed-in call that the router itself
     * answers 404 or 405 means it is not served, and the check does not apply (skipped, with the answer).
     */
    private static void requireServed(HttpSpecs http, ApiSurface surface, RouteKey route, UserSession user) {
        if (surface.operation(route).isPresent()) return;
        Response answer = surface.valid(user.authorize(given(http.backend())), route).request(route.method(), route.pathWith(ApiSurface.MISSING_ID));
        boolean routerSaysNo = answer.statusCode() == 405 || (answer.statusCode() == 404 && answer.asString().contains("\"Not Found\""));
        Assumptions.assumeFalse(routerSaysNo, route + " is not served by this application (a signed-in call answered "
                + answer.statusCode() + " " + excerpt(answer) + ")");
    }

    private static void assertRefused(RouteKey route, String caller, Response answer) {
        assertThat(answer.statusCode()).as("%s must refuse %s, but answered %d %s", route, caller, answer.statusCode(), excerpt(answer))
                .isIn(REFUSED);
    }

    private static String excerpt(Response answer) {
        String body = answer.asString().replaceAll("\\s+", " ").strip();
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}

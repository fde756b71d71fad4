package org.carla.staging.acceptance.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.carla.staging.acceptance.SecurityTest;
import org.carla.staging.acceptance.support.ApiSurface;
import org.carla.staging.acceptance.support.TenantData;
import org.carla.staging.acceptance.support.TenantData.Tenant;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.http.SetupFailedException;
import org.carla.staging.gate.security.Access;
import org.carla.staging.gate.security.RouteKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seed "Security Testing": Data Protection. Two tenants each own data carrying a marker only they have
 * (a configuration, a report, a run where the app runs them). Every collection the application serves to
 * a signed-in user is read by each tenant, plainly, naming the other tenant ({@code ?tenant_id=},
 * {@code X-Tenant-Id}) and with every query parameter the route accepts: no answer may carry the other
 * tenant's marker. Each route, tenant and way of asking is its own line.
 */
@SecurityTest
@Feature("5. Security Testing")
@Story("Data isolation")
class TenantIsolationTest {

    @TestFactory
    @DisplayName("Every collection shows a tenant only its own data, however it is asked")
    Stream<DynamicTest> tenantSelectorsAreNotTrusted(HttpSpecs http, GateConfig config) {
        ApiSurface surface = ApiSurface.discover(http, config);
        TenantData tenants = TenantData.create(http, config);
        List<RouteKey> collections = surface.inventory().routes().stream()
                .filter(r -> r.method().equals("GET") && !r.hasParameters())
                .filter(r -> surface.inventory().access(r) == Access.USER).toList();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("each tenant's marked data exists", () -> {
            for (Tenant tenant : tenants.both()) {
                boolean seen = collections.stream().anyMatch(route -> read(http, tenant, route, r -> r).asString().contains(tenant.marker()));
                if (!seen) throw new SetupFailedException("could not run this check: no collection shows " + tenant + " its own marker, so "
                        + "no leak could be seen either; what could not be made: " + tenant.problems());
            }
        }));
        for (RouteKey route : collections) {
            for (Tenant reader : tenants.both()) {
                Tenant other = tenants.other(reader);
                ways(surface, route, other).forEach((how, way) -> tests.add(dynamicTest(route + " read by " + reader.user().username()
                        + " " + how + " shows none of the other tenant's data", () -> {
                    Response answer = read(http, reader, route, way);
                    assertThat(answer.asString()).as("%s read by %s (tenant %s) %s answered %d and carries tenant %s's marker %s",
                                    route, reader.user().username(), reader.user().tenantId(), how, answer.statusCode(),
                                    other.user().tenantId(), other.marker())
                            .doesNotContain(other.marker());
                })));
            }
        }
        return tests.stream();
    }

    @TestFactory
    @DisplayName("Another tenant cannot change or reset a tenant's configuration")
    Stream<DynamicTest> configurationIsNotWritableAcrossTenants(HttpSpecs http, GateConfig config) {
        TenantData tenants = TenantData.create(http, config);
        Tenant owner = tenants.owner();
        Tenant intruder = tenants.intruder();
        Map<String, UnaryOperator<RequestSpecification>> handles = selectors(owner);
        return handles.entrySet().stream().map(handle -> dynamicTest("POST /api/config and /api/config/reset by another tenant "
                + handle.getKey() + " leave the owner's configuration as it was", () -> {
            Response before = owner.user().authorize(given(http.backend())).get("/api/config");
            if (!before.asString().contains(owner.marker())) {
                throw new SetupFailedException("could not run this check: the owner's configuration does not hold its marker "
                        + "(GET /api/config answered " + before.statusCode() + "); what could not be made: " + owner.problems());
            }
            handle.getValue().apply(intruder.user().authorize(given(http.backend())))
                    .body(Map.of("app_config", Map.of("gate_marker", "overwritten-by-" + intruder.user().username()))).post("/api/config");
            handle.getValue().apply(intruder.user().authorize(given(http.backend()))).body(Map.of()).post("/api/config/reset");
            Response after = owner.user().authorize(given(http.backend())).get("/api/config");
            assertThat(after.asString()).as("the owner's configuration after %s's attempts %s", intruder.user().username(), handle.getKey())
                    .contains(owner.marker());
        }));
    }

    private static Response read(HttpSpecs http, Tenant reader, RouteKey route, UnaryOperator<RequestSpecification> way) {
        return way.apply(reader.user().authorize(given(http.backend()))).get(route.path());
    }

    /** Plainly, naming the other tenant, and with each query parameter the route accepts. */
    private static Map<String, UnaryOperator<RequestSpecification>> ways(ApiSurface surface, RouteKey route, Tenant other) {
        Map<String, UnaryOperator<RequestSpecification>> ways = new LinkedHashMap<>();
        ways.put("plainly", r -> r);
        ways.putAll(selectors(other));
        for (String name : surface.queryParameters(route)) {
            if (name.toLowerCase().contains("tenant")) continue;
            ways.put("with ?" + name + "= the other tenant's marker", r -> r.queryParam(name, other.marker()));
        }
        return ways;
    }

    private static Map<String, UnaryOperator<RequestSpecification>> selectors(Tenant named) {
        Map<String, UnaryOperator<RequestSpecification>> ways = new LinkedHashMap<>();
        ways.put("naming the other tenant (?tenant_id=)", r -> r.queryParam("tenant_id", named.user().tenantId()));
        ways.put("naming the other tenant (X-Tenant-Id)", r -> r.header("X-Tenant-Id", named.user().tenantId()));
        return ways;
    }
}

package org.carla.staging.acceptance.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.contract.OpenApiSpec;
import org.carla.staging.gate.contract.Operation;
import org.carla.staging.gate.contract.SampleValues;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.security.GatePolicy;
import org.carla.staging.gate.security.RouteKey;
import org.carla.staging.gate.security.probe.BundleRoutes;
import org.carla.staging.gate.security.probe.RouteInventory;

/**
 * The application's attack surface as the gate sees it: the route inventory (the gate's route policy,
 * the app's OpenAPI, the API calls in the frontend bundle) and, for each route the OpenAPI describes, a
 * valid request (body and required query parameters), so that only the caller can be why it is refused.
 */
public final class ApiSurface {
    /** A path id no resource has: fits a 32-bit integer column, valid as a string too; no staging sequence gets there. */
    public static final String MISSING_ID = "2147483000";
    private static final Pattern SCRIPT = Pattern.compile("<script[^>]+src=\"(/[^\"]+\\.js)\"");

    private final RouteInventory inventory;
    private final Map<RouteKey, Operation> operations;
    private final Optional<OpenApiSpec> spec;
    private final SampleValues samples;

    private ApiSurface(RouteInventory inventory, Map<RouteKey, Operation> operations, Optional<OpenApiSpec> spec) {
        this.inventory = inventory;
        this.operations = operations;
        this.spec = spec;
        this.samples = spec.map(s -> new SampleValues(s, () -> Accounts.unique("gate_"), Accounts.strongPassword())).orElse(null);
    }

    public static ApiSurface discover(HttpSpecs http, GateConfig config) {
        Response document = given(http.backend()).get("/openapi.json");
        Optional<OpenApiSpec> spec = document.statusCode() == 200 ? Optional.of(OpenApiSpec.parse(document.asString())) : Optional.empty();
        Map<RouteKey, Operation> operations = new LinkedHashMap<>();
        spec.ifPresent(s -> s.operations().forEach(op -> operations.put(new RouteKey(op.method(), op.path()), op)));
        RouteInventory inventory = new RouteInventory(GatePolicy.routes(config.security()), operations.keySet(), bundleRoutes(http));
        return new ApiSurface(inventory, operations, spec);
    }

    /** The API calls in the JavaScript the frontend serves at '/'. */
    private static Set<RouteKey> bundleRoutes(HttpSpecs http) {
        Set<RouteKey> routes = new LinkedHashSet<>();
        Matcher script = SCRIPT.matcher(given(http.frontend()).get("/").asString());
        while (script.find()) {
            Response js = given(http.frontend()).get(script.group(1));
            if (js.statusCode() == 200) routes.addAll(BundleRoutes.find(js.asString()));
        }
        return routes;
    }

    public RouteInventory inventory() {
        return inventory;
    }

    public Optional<Operation> operation(RouteKey route) {
        return Optional.ofNullable(operations.get(route));
    }

    /** With a valid body and the required query parameters where the OpenAPI describes the route. */
    public RequestSpecification valid(RequestSpecification request, RouteKey route) {
        operation(route).ifPresent(op -> {
            op.bodySchema().ifPresent(schema -> request.body(samples.sample(schema).toString()));
            for (var parameter : op.node().path("parameters")) {
                var resolved = spec.orElseThrow().resolve(parameter);
                if (resolved.path("in").asText().equals("query") && resolved.path("required").asBoolean(false)) {
                    request.queryParam(resolved.path("name").asText(), samples.sample(resolved.path("schema")).asText());
                }
            }
        });
        if (operation(route).isEmpty() && !route.method().equals("GET") && !route.method().equals("DELETE")) request.body("{}");
        return request;
    }

    /** The query parameters the OpenAPI says the route accepts. */
    public List<String> queryParameters(RouteKey route) {
        return operation(route).map(op -> {
            List<String> names = new java.util.ArrayList<>();
            for (var parameter : op.node().path("parameters")) {
                var resolved = spec.orElseThrow().resolve(parameter);
                if (resolved.path("in").asText().equals("query")) names.add(resolved.path("name").asText());
            }
            return names;
        }).orElse(List.of());
    }

    public String describe() {
        return (spec.isPresent() ? "OpenAPI: " + operations.size() + " operations" : "no /openapi.json") + "\n" + inventory.table();
    }
}

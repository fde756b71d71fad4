package org.carla.staging.acceptance.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qameta.allure.Allure;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.carla.staging.acceptance.IntegrationTest;
import org.carla.staging.acceptance.support.Accounts;
import org.carla.staging.acceptance.support.ApiSurface;
import org.carla.staging.acceptance.support.UserSession;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.contract.OpenApiSpec;
import org.carla.staging.gate.contract.Operation;
import org.carla.staging.gate.contract.SampleValues;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.http.Setup;
import org.carla.staging.gate.security.Access;
import org.carla.staging.gate.security.GatePolicy;
import org.carla.staging.gate.security.RouteKey;
import org.carla.staging.gate.security.probe.RouteInventory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Contract: "unknown id → 404". Every route with a path parameter (the run's route policy, written from
 * the contract, united with the app's /openapi.json) is called on every method (GET, PUT, PATCH, POST, DELETE)
 * with an id that does not exist: a method the route serves must answer 404 (403 where the policy says the
 * caller may not use the route), a method it does not serve 405 or 404; never 2xx, never 5xx. One line per
 * route, method and caller.
 */
@IntegrationTest
@Feature("4. Integration Testing")
@Story("API endpoint validation: ids that do not exist")
class MissingIdSemanticsTest {
    private static final List<String> METHODS = List.of("GET", "PUT", "PATCH", "POST", "DELETE");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    @TestFactory
    @DisplayName("Every route with a path id answers 404 for an id that does not exist, on every method")
    Stream<DynamicTest> missingIdsAnswerNotFound(HttpSpecs http, GateConfig config) {
        Response document = Setup.expect(given(http.backend()).get("/openapi.json"), "read the app's /openapi.json", 200);
        OpenApiSpec spec = OpenApiSpec.parse(document.asString());
        Map<RouteKey, Operation> declared = new LinkedHashMap<>();
        spec.operations().forEach(op -> declared.put(new RouteKey(op.method(), op.path()), op));
        RouteInventory inventory = new RouteInventory(GatePolicy.routes(config.security()), declared.keySet(), List.of());
        Map<String, List<RouteKey>> byShape = new TreeMap<>();
        inventory.routes().stream().filter(RouteKey::hasParameters)
                .forEach(route -> byShape.computeIfAbsent(route.shape(), s -> new ArrayList<>()).add(route));
        assertThat(byShape).as("routes with a path parameter (route policy and /openapi.json)").isNotEmpty();

        Accounts accounts = new Accounts(http, config);
        Supplier<UserSession> user = memo(accounts::newUser);
        Supplier<UserSession> admin = memo(accounts::admin);
        SampleValues samples = new SampleValues(spec, () -> Accounts.unique("gate_"), Accounts.strongPassword());
        List<DynamicTest> tests = new ArrayList<>();
        byShape.forEach((shape, routes) -> {
            Optional<Operation> anyDeclared = routes.stream().map(declared::get).filter(java.util.Objects::nonNull).findFirst();
            String template = routes.get(0).path();
            String path = concrete(anyDeclared.map(Operation::path).orElse(template), anyDeclared);
            for (String method : METHODS) {
                RouteKey route = new RouteKey(method, template);
                Optional<Operation> operation = Optional.ofNullable(declared.get(route));
                Call call = new Call(method, path, operation.flatMap(Operation::bodySchema).map(s -> samples.sample(s).toString()).orElse("{}"));
                if (!inventory.routes().contains(route)) {
                    tests.add(test(route + " (not served) with a missing id → 405 or 404", http, call, user, Set.of(405, 404)));
                } else if (inventory.access(route) == Access.ADMIN) {
                    tests.add(test(route + " with a missing id as a normal user → 403 (administrators only)", http, call, user, Set.of(403)));
                    tests.add(test(route + " with a missing id as an administrator → 404", http, call, admin, Set.of(404)));
                } else {
                    tests.add(test(route + " with a missing id → 404", http, call, user, Set.of(404)));
                }
            }
        });
        return tests.stream();
    }

    private record Call(String method, String path, String body) {
    }

    private static DynamicTest test(String name, HttpSpecs http, Call call, Supplier<UserSession> caller, Set<Integer> expected) {
        return DynamicTest.dynamicTest(name, () -> {
            RequestSpecification request = caller.get().authorize(given(http.backend()));
            if (!call.method().equals("GET") && !call.method().equals("DELETE")) request.body(call.body());
            Response answer = request.request(call.method(), call.path());
            Allure.parameter("status", answer.statusCode());
            String body = answer.asString();
            assertThat(answer.statusCode()).as("%s %s answered %d (expected %s; never 2xx, never 5xx): %s", call.method(), call.path(),
                    answer.statusCode(), expected, body.length() > 400 ? body.substring(0, 400) + "..." : body).isIn(expected);
        });
    }

    /** The template with each parameter set to an id no resource has: a UUID where the app declares one. */
    private static String concrete(String template, Optional<Operation> operation) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String format = operation.map(op -> parameterFormat(op, m.group(1))).orElse("");
            m.appendReplacement(path, format.equals("uuid") ? UUID.randomUUID().toString() : ApiSurface.MISSING_ID);
        }
        return m.appendTail(path).toString();
    }

    private static String parameterFormat(Operation op, String name) {
        for (JsonNode parameter : op.node().path("parameters")) {
            if (parameter.path("in").asText().equals("path") && parameter.path("name").asText().equals(name)) {
                return parameter.path("schema").path("format").asText("");
            }
        }
        return "";
    }

    private static <T> Supplier<T> memo(Supplier<T> make) {
        Object[] made = new Object[1];
        return () -> {
            if (made[0] == null) made[0] = make.get();
            @SuppressWarnings("unchecked") T value = (T) made[0];
            return value;
        };
    }
}

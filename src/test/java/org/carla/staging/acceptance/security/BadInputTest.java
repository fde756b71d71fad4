package org.carla.staging.acceptance.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.carla.staging.acceptance.SecurityTest;
import org.carla.staging.acceptance.support.Accounts;
import org.carla.staging.acceptance.support.UserSession;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.contract.OpenApiSpec;
import org.carla.staging.gate.contract.Operation;
import org.carla.staging.gate.contract.SampleValues;
import org.carla.staging.gate.db.Database;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.report.Figures;
import org.carla.staging.gate.security.probe.Probe;
import org.carla.staging.gate.security.probe.ProbeCatalog;
import org.carla.staging.gate.security.probe.ProbeVerdicts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seed "Security Testing": Data Protection against hostile input. A bounded, counted set of probes (SQL
 * injection, XSS, path traversal, command and template injection, header injection, oversized and
 * malformed JSON, odd unicode) goes into every string field of every write route and every path
 * parameter the backend publishes, and through the frontend's paths. Never a 5xx, never reflected
 * unescaped, never an internal detail leaked, no time-based injection, and the database intact.
 */
@SecurityTest
@Feature("5. Security Testing")
@Story("Data protection")
class BadInputTest {
    private static final String SYSTEM_FILE = "root:x:0:0";

    @TestFactory
    @DisplayName("Every write route and path parameter survives hostile input")
    Stream<DynamicTest> routesSurviveHostileInput(HttpSpecs http, GateConfig config) throws Exception {
        OpenApiSpec spec = OpenApiSpec.parse(given(http.backend()).get("/openapi.json").then().statusCode(200).extract().asString());
        SampleValues samples = new SampleValues(spec, () -> Accounts.unique("gate_"), Accounts.strongPassword());
        UserSession prober = new Accounts(http, config).newUser();
        Database database = new Database(config);
        long usersBefore = database.count("select count(*) from carla_simulator.users");
        AtomicInteger sent = new AtomicInteger();
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation op : spec.operations()) {
            boolean hasPathParameter = op.path().contains("{");
            if (op.bodySchema().isEmpty() && !hasPathParameter) continue;
            tests.add(DynamicTest.dynamicTest(op.toString(), () -> {
                List<String> problems = new ArrayList<>();
                Supplier<RequestSpecification> request = () -> prober.authorize(given(http.backend()));
                op.bodySchema().ifPresent(schema -> {
                    ObjectNode sample = (ObjectNode) samples.sample(schema);
                    List<String> fields = stringFields(sample);
                    // Time-based probes wait seconds when they work: one field per route is enough to tell.
                    if (!fields.isEmpty()) timeBased(problems, op, sample, fields.get(0), request, sent);
                    for (String field : fields) {
                        for (Probe probe : HostileInputs.values()) {
                            ObjectNode body = sample.deepCopy();
                            body.set(field, sample.get(field).isArray() ? body.arrayNode().add(probe.payload()) : body.textNode(probe.payload()));
                            judge(problems, op + " " + field + "=" + probe, Reflection.CHECK, probe.payload(),
                                    request.get().body(body.toString()).request(op.method(), op.pathWith("1")), sent);
                        }
                    }
                    for (Probe probe : HostileInputs.bodies()) {
                        // A whole malformed body ("{", "[") is in any JSON answer: only crashes and leaks count here.
                        judge(problems, op + " body " + probe, Reflection.SKIP, probe.payload(),
                                request.get().body(probe.payload()).request(op.method(), op.pathWith("1")), sent);
                    }
                });
                if (hasPathParameter) {
                    for (Probe probe : HostileInputs.values()) {
                        if (probe.payload().length() > 2048) continue; // URLs have their own limits; bodies carry the big ones
                        String path = op.pathWith(RawPaths.encode(probe.payload()));
                        judge(problems, op + " path " + probe, Reflection.CHECK, probe.payload(),
                                request.get().urlEncodingEnabled(false).request(op.method(), path), sent);
                    }
                }
                assertThat(problems).as("hostile input answered badly on %s", op).isEmpty();
            }));
        }
        tests.add(DynamicTest.dynamicTest("frontend paths survive traversal", () -> {
            List<String> problems = new ArrayList<>();
            for (Probe probe : HostileInputs.traversals()) {
                Response response = given(http.frontend()).urlEncodingEnabled(false).get("/" + RawPaths.encode(probe.payload()));
                sent.incrementAndGet();
                if (ProbeVerdicts.isServerError(response.statusCode())) problems.add("GET /" + probe.payload() + " answered " + response.statusCode());
                if (response.asString().contains(SYSTEM_FILE)) problems.add("GET /" + probe.payload() + " served /etc/passwd");
            }
            assertThat(problems).as("frontend answers to path traversal").isEmpty();
        }));
        tests.add(DynamicTest.dynamicTest("the database is intact after all probes", () -> {
            assertThat(database.tables("carla_simulator")).as("tables after the probes").contains("users", "simulation_reports", "tenants");
            assertThat(database.count("select count(*) from carla_simulator.users")).as("users after the probes").isGreaterThanOrEqualTo(usersBefore);
            Figures.record("hostile inputs sent", sent.get(), "requests", "bounded");
            Figures.text("probe catalogue", ProbeCatalog.counts().toString());
        }));
        return tests.stream();
    }

    private enum Reflection { CHECK, SKIP }

    private static void judge(List<String> problems, String what, Reflection reflection, String payload, Response response, AtomicInteger sent) {
        sent.incrementAndGet();
        String body = response.asString();
        if (ProbeVerdicts.isServerError(response.statusCode())) problems.add(what + " → " + response.statusCode());
        if (reflection == Reflection.CHECK && ProbeVerdicts.reflectsUnescaped(body, response.contentType(), payload)) {
            problems.add(what + " → reflected unescaped (" + response.contentType() + ")");
        }
        ProbeVerdicts.leakEvidence(body).ifPresent(leak -> problems.add(what + " → leaks " + leak));
        if (ProbeVerdicts.evaluatesTemplate(body, payload)) problems.add(what + " → template evaluated");
    }

    /** Time-based SQL injection: the answer must not take the injected sleep longer than a benign one. */
    private static void timeBased(List<String> problems, Operation op, ObjectNode sample, String field,
                                  Supplier<RequestSpecification> request, AtomicInteger sent) {
        Duration baseline = Duration.ofMillis(request.get().body(sample.toString()).request(op.method(), op.pathWith("1")).time());
        for (Probe probe : ProbeCatalog.timeBased()) {
            if (sample.get(field).isArray()) continue;
            ObjectNode body = sample.deepCopy();
            body.put(field, probe.payload());
            Duration elapsed = Duration.ofMillis(request.get().body(body.toString()).request(op.method(), op.pathWith("1")).time());
            sent.incrementAndGet();
            if (ProbeVerdicts.suggestsTimeInjection(elapsed, baseline)) {
                problems.add(op + " " + field + "=" + probe + " took " + elapsed.toMillis() + " ms (benign: " + baseline.toMillis() + " ms): time-based injection");
            }
        }
    }

    private static List<String> stringFields(JsonNode sample) {
        List<String> fields = new ArrayList<>();
        sample.fields().forEachRemaining(f -> {
            if (f.getValue().isTextual() || (f.getValue().isArray() && (f.getValue().isEmpty() || f.getValue().get(0).isTextual()))) fields.add(f.getKey());
        });
        return fields;
    }

}

package org.carla.staging.gate.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.carla.staging.gate.load.wire.StubServer;
import org.carla.staging.gate.load.wire.TransportKind;
import org.junit.jupiter.api.Test;

class ClosedModelTest {

    private static LoadPlan.Builder closed(Scenario scenario, int users, long millis) {
        return LoadPlan.closed(users + " users", scenario).users(users).duration(Duration.ofMillis(millis))
                .requestTimeout(Duration.ofSeconds(2));
    }

    @Test
    void percentilesFollowTheInjectedDelays() throws Exception {
        // Nine calls in ten take 10 ms, one takes 80 ms: the median sits near 10, p95 and p99 near 80.
        try (StubServer server = new StubServer(8).route("/d", (call, x) -> StubServer.Answer.ok(call % 10 == 0 ? 80 : 10))) {
            LoadResult result = new LoadRunner(server.uri()).run(closed(Scenario.of(Flow.of("d", Step.get("/d"))), 4, 1500).build());

            Latency latency = result.overall().duration();
            assertThat(result.overall().requests()).isGreaterThan(100);
            assertThat(latency.med()).isBetween(10.0, 20.0);
            assertThat(latency.min()).isGreaterThanOrEqualTo(10.0);
            assertThat(latency.p95()).isBetween(80.0, 110.0);
            assertThat(latency.p99()).isBetween(80.0, 120.0);
            assertThat(latency.avg()).isCloseTo(0.9 * 10 + 0.1 * 80, within(6.0));
            assertThat(result.overall().failures()).isZero();
            assertThat(result.vus()).isEqualTo(4);
            assertThat(result.overall().requestRate()).isCloseTo(result.overall().requests() / 1.5, within(0.01));
        }
    }

    @Test
    void eachEndpointHasItsOwnFiguresAndTheyAddUpToTheOverall() throws Exception {
        try (StubServer server = new StubServer(8)
                .route("/api/scenarios", (call, x) -> StubServer.Answer.ok(5))
                .route("/health", (call, x) -> StubServer.Answer.ok(0))
                .route("/", (call, x) -> new StubServer.Answer(200, 0, "<html></html>"))
                .route("/assets/app.js", (call, x) -> new StubServer.Answer(200, 0, "x".repeat(1000)))) {
            Scenario mix = Scenario.builder()
                    .add(3, Flow.of("public", Step.get("/api/scenarios"), Step.get("/health")))
                    .add(1, Flow.of("frontend", Step.get("/"), Step.get("/assets/app.js").endpoint("asset")))
                    .build();
            LoadResult result = new LoadRunner(server.uri()).run(closed(mix, 3, 1000).build());

            assertThat(result.endpoints()).extracting(EndpointStats::endpoint)
                    .containsExactlyInAnyOrder("/api/scenarios", "/health", "/", "asset");
            assertThat(result.endpoints().stream().mapToLong(EndpointStats::requests).sum()).isEqualTo(result.overall().requests());
            assertThat(result.endpoint("/api/scenarios").orElseThrow().duration().med()).isGreaterThanOrEqualTo(5.0);
            assertThat(result.endpoint("asset").orElseThrow().bytesReceived())
                    .isGreaterThanOrEqualTo(1000 * result.endpoint("asset").orElseThrow().requests());
            assertThat(result.endpoint("/api/scenarios").orElseThrow().requests())
                    .isGreaterThan(result.endpoint("asset").orElseThrow().requests());
        }
    }

    @Test
    void serverErrorsAndTimeoutsAreFailuresButDeclaredStatusesAreNot() throws Exception {
        try (StubServer server = new StubServer(8)
                .route("/boom", (call, x) -> new StubServer.Answer(500, 0, "no"))
                .route("/missing", (call, x) -> new StubServer.Answer(404, 0, "none"))
                .route("/hang", (call, x) -> StubServer.Answer.ok(call == 1 ? 3_000 : 0))) {
            Scenario scenario = Scenario.builder()
                    .add(1, Flow.of("boom", Step.get("/boom")))
                    .add(1, Flow.of("missing", Step.get("/missing").expect(404)))
                    .add(1, Flow.of("hang", Step.get("/hang")))
                    .build();
            LoadResult result = new LoadRunner(server.uri()).run(closed(scenario, 2, 1000).requestTimeout(Duration.ofMillis(300)).build());

            EndpointStats boom = result.endpoint("/boom").orElseThrow();
            assertThat(boom.failedRate()).isEqualTo(1.0);
            assertThat(boom.failureReasons()).containsOnlyKeys("status 500");
            assertThat(result.endpoint("/missing").orElseThrow().failures()).isZero();
            EndpointStats hang = result.endpoint("/hang").orElseThrow();
            assertThat(hang.failures()).isEqualTo(1);
            assertThat(hang.failureReasons()).containsKey("timeout after 300 ms");
            assertThat(result.overall().failedRate()).isCloseTo((double) (boom.requests() + 1) / result.overall().requests(), within(1e-9));
        }
    }

    @Test
    void warmUpRequestsAreLeftOutOfTheFigures() throws Exception {
        // The first three calls are cold (150 ms each) and all happen inside the 600 ms warm-up.
        try (StubServer server = new StubServer(4).route("/cold", (call, x) -> StubServer.Answer.ok(call <= 3 ? 150 : 2))) {
            LoadResult result = new LoadRunner(server.uri())
                    .run(closed(Scenario.of(Flow.of("cold", Step.get("/cold"))), 1, 1200).warmUp(Duration.ofMillis(600)).build());

            assertThat(result.overall().requests()).isPositive();
            assertThat(result.overall().duration().max()).isLessThan(100.0);
            assertThat(result.measuredSeconds()).isCloseTo(0.6, within(1e-9));
        }
    }

    @Test
    void aTokenExtractedFromLoginIsSentAsBearerByTheNextSteps() throws Exception {
        try (StubServer server = new StubServer(4)
                .route("/api/auth/login", (call, x) -> new StubServer.Answer(200, 0, "{\"access_token\":\"tok-" + call + "\",\"token_type\":\"bearer\"}"))
                .route("/api/auth/me", (call, x) -> bearerOnly(x))
                .route("/api/reports", (call, x) -> bearerOnly(x))) {
            Flow authenticated = Flow.of("authenticated",
                    Step.post("/api/auth/login").json("{\"username\":\"alice\",\"password\":\"secret\"}").extract("token", "access_token"),
                    Step.get("/api/auth/me").bearer("token"),
                    Step.get("/api/reports").bearer("token"));
            LoadResult result = new LoadRunner(server.uri()).run(closed(Scenario.of(authenticated), 2, 600).build());

            assertThat(result.iterations()).isPositive();
            assertThat(result.endpoint("/api/auth/me").orElseThrow().requests()).isPositive();
            assertThat(result.overall().failures()).isZero();
        }
    }

    @Test
    void aMissingTokenFailsTheLoginAndEndsTheFlow() throws Exception {
        try (StubServer server = new StubServer(4)
                .route("/api/auth/login", (call, x) -> new StubServer.Answer(200, 0, "{\"detail\":\"no token today\"}"))
                .route("/api/auth/me", (call, x) -> bearerOnly(x))) {
            Flow authenticated = Flow.of("authenticated",
                    Step.post("/api/auth/login").json("{}").extract("token", "access_token"), Step.get("/api/auth/me").bearer("token"));
            LoadResult result = new LoadRunner(server.uri()).run(closed(Scenario.of(authenticated), 1, 400).build());

            assertThat(result.endpoint("/api/auth/login").orElseThrow().failureReasons()).containsOnlyKeys("no 'access_token' in answer");
            assertThat(result.endpoint("/api/auth/me")).isEmpty();
            assertThat(result.iterations()).isZero();
        }
    }

    @Test
    void bothTransportsMeasureTheSameFlowAlike() throws Exception {
        try (StubServer server = new StubServer(4)
                .route("/login", (call, x) -> new StubServer.Answer(200, 0, "{\"access_token\":\"tok-" + call + "\"}"))
                .route("/me", (call, x) -> new StubServer.Answer(x.getRequestHeaders().getFirst("Authorization") == null ? 401 : 200, 0, "me"))) {
            Scenario scenario = Scenario.of(Flow.of("auth", Step.post("/login").extract("token", "access_token"), Step.get("/me").bearer("token")));
            for (TransportKind kind : TransportKind.values()) {
                // What is compared is how a flow is measured, not speed: a busy machine gets a longer window
                // (the JDK client's first connection alone can outlast a short one), up to 8 s.
                LoadResult result = null;
                for (long millis = 500; millis <= 8_000 && (result == null || result.iterations() == 0); millis *= 2) {
                    result = new LoadRunner(server.uri(), kind).run(LoadPlan.closed("2 users", scenario).users(2)
                            .duration(Duration.ofMillis(millis)).build());
                }
                assertThat(result.iterations()).as(kind.name()).isPositive();
                assertThat(result.overall().failures()).as(kind.name()).isZero();
                assertThat(result.endpoint("/me").orElseThrow().bytesReceived()).as(kind.name()).isPositive();
            }
        }
    }

    private static StubServer.Answer bearerOnly(com.sun.net.httpserver.HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        return authorization != null && authorization.matches("Bearer tok-\\d+") ? StubServer.Answer.ok(0) : new StubServer.Answer(401, 0, "who?");
    }
}

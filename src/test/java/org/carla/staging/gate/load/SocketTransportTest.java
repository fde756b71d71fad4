package org.carla.staging.gate.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The socket transport against the JDK HTTP server, and the engine on top of it. */
class SocketTransportTest {

    @Test
    void aConnectionIsKeptAliveAcrossRequests() throws Exception {
        Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
        try (StubServer server = new StubServer(2).route("/k", (call, x) -> {
            clientPorts.add(x.getRemoteAddress().getPort());
            return new StubServer.Answer(200, 0, "x".repeat(100));
        });
             SocketTransport transport = new SocketTransport(server.uri(), Duration.ofSeconds(2));
             Transport.Connection connection = transport.connection()) {
            for (int i = 0; i < 20; i++) {
                Exchange exchange = connection.send(Step.get("/k"), Map.of());
                assertThat(exchange.failure()).isNull();
                assertThat(exchange.bytes()).isGreaterThan(100);
            }

            assertThat(clientPorts).hasSize(1);
        }
    }

    @Test
    void headersAndBodyAreSentWithTheVariablesFilledIn() throws Exception {
        Map<String, String> seen = new ConcurrentHashMap<>();
        try (StubServer server = new StubServer(2).route("/api", (call, x) -> {
            seen.put("path", x.getRequestURI().toString());
            seen.put("auth", x.getRequestHeaders().getFirst("authorization"));
            try {
                seen.put("body", new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return StubServer.Answer.ok(0);
        });
             SocketTransport transport = new SocketTransport(URI.create(server.uri() + "/api/"), Duration.ofSeconds(2));
             Transport.Connection connection = transport.connection()) {
            Step step = Step.post("/items/${id}").bearer("token").json("{\"id\":\"${id}\"}");
            Exchange exchange = connection.send(step, Map.of("id", "42", "token", "tok-1"));

            assertThat(exchange.failure()).isNull();
            assertThat(seen).containsEntry("path", "/api/items/42").containsEntry("auth", "Bearer tok-1")
                    .containsEntry("body", "{\"id\":\"42\"}");
            assertThat(connection.send(Step.get("/x/${missing}"), Map.of()).failure()).isEqualTo("no value for ${missing}");
        }
    }

    @Test
    void aRefusedConnectionIsAFailureThatSaysSo() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (SocketTransport transport = new SocketTransport(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(1))) {
            assertThat(transport.connection().send(Step.get("/"), Map.of()).failure()).startsWith("connect: ");
        }
    }

    @Test
    void theOpenModelNeverHoldsMoreConnectionsThanUsers() throws Exception {
        Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
        try (StubServer server = new StubServer(4).route("/o", (call, x) -> {
            clientPorts.add(x.getRemoteAddress().getPort());
            return StubServer.Answer.ok(2);
        })) {
            LoadPlan plan = LoadPlan.open("200/s", Scenario.of(Flow.of("o", Step.get("/o")))).rate(200).maxUsers(3)
                    .duration(Duration.ofMillis(800)).build();
            LoadResult result = new LoadRunner(server.uri()).run(plan);

            assertThat(result.overall().failures()).isZero();
            assertThat(result.overall().requests()).isGreaterThan(100);
            assertThat(clientPorts).hasSizeBetween(1, 3);
        }
    }

    @Test
    void bothTransportsMeasureTheSameFlowAlike() throws Exception {
        try (StubServer server = new StubServer(4)
                .route("/login", (call, x) -> new StubServer.Answer(200, 0, "{\"access_token\":\"tok-" + call + "\"}"))
                .route("/me", (call, x) -> new StubServer.Answer(x.getRequestHeaders().getFirst("Authorization") == null ? 401 : 200, 0, "me"))) {
            Scenario scenario = Scenario.of(Flow.of("auth", Step.post("/login").extract("token", "access_token"), Step.get("/me").bearer("token")));
            LoadPlan plan = LoadPlan.closed("2 users", scenario).users(2).duration(Duration.ofMillis(500)).build();

            for (TransportKind kind : TransportKind.values()) {
                LoadResult result = new LoadRunner(server.uri(), kind).run(plan);
                assertThat(result.iterations()).as(kind.name()).isPositive();
                assertThat(result.overall().failures()).as(kind.name()).isZero();
                assertThat(result.endpoint("/me").orElseThrow().bytesReceived()).as(kind.name()).isPositive();
            }
        }
    }
}

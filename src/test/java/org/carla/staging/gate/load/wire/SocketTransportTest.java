package org.carla.staging.gate.load.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The socket transport against the JDK HTTP server. */
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
                Exchange exchange = connection.send(TestRequest.get("/k"), Map.of());
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
            Request request = TestRequest.of("POST", "/items/${id}").header("Authorization", "Bearer ${token}")
                    .header("Content-Type", "application/json").withBody("{\"id\":\"${id}\"}");
            Exchange exchange = connection.send(request, Map.of("id", "42", "token", "tok-1"));

            assertThat(exchange.failure()).isNull();
            assertThat(seen).containsEntry("path", "/api/items/42").containsEntry("auth", "Bearer tok-1")
                    .containsEntry("body", "{\"id\":\"42\"}");
            assertThat(connection.send(TestRequest.get("/x/${missing}"), Map.of()).failure()).isEqualTo("no value for ${missing}");
        }
    }

    @Test
    void aRefusedConnectionIsAFailureThatSaysSo() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (SocketTransport transport = new SocketTransport(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(1))) {
            assertThat(transport.connection().send(TestRequest.get("/"), Map.of()).failure()).startsWith("connect: ");
        }
    }
}

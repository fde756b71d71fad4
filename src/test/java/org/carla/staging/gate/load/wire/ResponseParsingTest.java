package org.carla.staging.gate.load.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The socket transport's parser against a raw server sending exactly the bytes each test crafts. */
class ResponseParsingTest {
    private static final String JSON = "{\"access_token\":\"tok-1\"}";
    private static final Request GET = TestRequest.get("/x");
    private static final Request EXTRACT = TestRequest.get("/x").keepingBody();

    private static Exchange sendOnce(URI uri, Request request) {
        try (SocketTransport transport = new SocketTransport(uri, Duration.ofSeconds(2));
             Transport.Connection connection = transport.connection()) {
            return connection.send(request, Map.of());
        }
    }

    @Test
    void aChunkedBodyIsReassembledForExtractionAndCountedAsItCrossedTheWire() throws Exception {
        String response = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;ext=1\r\n{\"acc\r\n" + Integer.toHexString(JSON.length() - 5) + "\r\n" + JSON.substring(5) + "\r\n0\r\nX-Trailer: t\r\n\r\n";
        try (RawServer server = RawServer.answering(response)) {
            Exchange exchange = sendOnce(server.uri(), EXTRACT);

            assertThat(exchange.failure()).isNull();
            assertThat(new String(exchange.body(), StandardCharsets.UTF_8)).isEqualTo(JSON);
            assertThat(exchange.bytes()).isEqualTo(response.length());
        }
    }

    @Test
    void headerNamesAndValuesMatchWhateverTheirCase() throws Exception {
        String response = "HTTP/1.1 201 Created\r\ncontent-LENGTH:  " + JSON.length() + " \r\nTRANSFER-encoding: identity\r\n\r\n" + JSON;
        try (RawServer server = RawServer.answering(response)) {
            Exchange exchange = sendOnce(server.uri(), EXTRACT);

            assertThat(exchange.status()).isEqualTo(201);
            assertThat(exchange.body()).isEqualTo(JSON.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aHeadSplitAcrossManyReadsIsStillOneResponse() throws Exception {
        String response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + JSON.length() + "\r\n\r\n" + JSON;
        try (RawServer server = new RawServer(peer -> {
            while (peer.readRequest() != null) {
                for (String piece : new String[] {"HTT", "P/1.1 200 OK\r", "\nContent-Ty", "pe: application/json\r\nContent-Len",
                        "gth: " + JSON.length() + "\r", "\n", "\r", "\n" + JSON.substring(0, 3), JSON.substring(3)}) {
                    peer.write(piece);
                    peer.pause(5);
                }
            }
        })) {
            Exchange exchange = sendOnce(server.uri(), EXTRACT);

            assertThat(exchange.failure()).isNull();
            assertThat(new String(exchange.body(), StandardCharsets.UTF_8)).isEqualTo(JSON);
            assertThat(exchange.bytes()).isEqualTo(response.length());
        }
    }

    @Test
    void aOneMebibyteBodyIsCountedWhenDiscardedAndIntactWhenKept() throws Exception {
        byte[] body = new byte[1 << 20];
        Arrays.fill(body, (byte) 'x');
        byte[] json = ("{\"access_token\":\"big\",\"pad\":\"").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(json, 0, body, 0, json.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        try (RawServer server = new RawServer(peer -> {
            while (peer.readRequest() != null) {
                peer.write(head);
                peer.write(body);
            }
        })) {
            Exchange discarded = sendOnce(server.uri(), GET);
            Exchange kept = sendOnce(server.uri(), EXTRACT);

            assertThat(discarded.body()).isNull();
            assertThat(discarded.bytes()).isEqualTo(head.length + body.length);
            assertThat(kept.body()).isEqualTo(body);
        }
    }

    @Test
    void connectionCloseIsHonouredAndTheNextRequestOpensANewConnection() throws Exception {
        try (RawServer server = RawServer.answering("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok");
             SocketTransport transport = new SocketTransport(server.uri(), Duration.ofSeconds(2));
             Transport.Connection connection = transport.connection()) {
            for (int i = 0; i < 3; i++) {
                assertThat(connection.send(GET, Map.of()).failure()).isNull();
            }

            assertThat(server.connections()).isEqualTo(3);
        }
    }

    @Test
    void aBodyWithoutLengthEndsWhenTheServerCloses() throws Exception {
        try (RawServer server = RawServer.answeringOnceThenClosing("HTTP/1.0 200 OK\r\n\r\n" + JSON)) {
            Exchange exchange = sendOnce(server.uri(), EXTRACT);

            assertThat(exchange.failure()).isNull();
            assertThat(new String(exchange.body(), StandardCharsets.UTF_8)).isEqualTo(JSON);
        }
    }

    @Test
    void anIdleConnectionTheServerDroppedIsReplacedWithoutFailingTheRequest() throws Exception {
        // Each connection answers one request, then closes without saying so (keep-alive timeout).
        try (RawServer server = RawServer.answeringOnceThenClosing("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
             SocketTransport transport = new SocketTransport(server.uri(), Duration.ofSeconds(2));
             Transport.Connection connection = transport.connection()) {
            assertThat(connection.send(GET, Map.of()).failure()).isNull();
            Exchange second = connection.send(GET, Map.of());

            assertThat(second.failure()).isNull();
            assertThat(second.status()).isEqualTo(200);
            assertThat(server.connections()).isEqualTo(2);
        }
    }

    @Test
    void anAnswerCutShortIsAFailureNotARetry() throws Exception {
        try (RawServer server = RawServer.answeringOnceThenClosing("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf")) {
            Exchange exchange = sendOnce(server.uri(), GET);

            assertThat(exchange.failure()).startsWith("EOFException").contains("6 bytes before the end");
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOutWithinTheRequestTimeout() throws Exception {
        try (RawServer server = new RawServer(peer -> {
            peer.readRequest();
            peer.readRequest(); // holds the connection open, silent, until the client gives up
        });
             SocketTransport transport = new SocketTransport(server.uri(), Duration.ofMillis(200));
             Transport.Connection connection = transport.connection()) {
            long start = System.nanoTime();
            Exchange exchange = connection.send(GET, Map.of());
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(exchange.failure()).isEqualTo("timeout after 200 ms");
            assertThat(millis).isBetween(190L, 1_000L);
        }
    }

    @Test
    void aTrickleOfBytesCannotStretchTheTimeout() throws Exception {
        try (RawServer server = new RawServer(peer -> {
            peer.readRequest();
            peer.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
            for (int i = 0; i < 100; i++) {
                peer.write("x");
                peer.pause(20);
            }
        });
             SocketTransport transport = new SocketTransport(server.uri(), Duration.ofMillis(300))) {
            long start = System.nanoTime();
            Exchange exchange = transport.connection().send(GET, Map.of());
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(exchange.failure()).isEqualTo("timeout after 300 ms");
            assertThat(millis).isBetween(290L, 1_000L);
        }
    }

    @Test
    void garbageInsteadOfAStatusLineIsAFailureThatNamesIt() throws Exception {
        try (RawServer server = RawServer.answering("SSH-2.0-OpenSSH_9.2\r\n\r\n")) {
            assertThat(sendOnce(server.uri(), GET).failure()).contains("not an HTTP/1.x status line: SSH-2.0");
        }
    }

    @Test
    void interimAnswersAreSkippedAndHeadCarriesNoBody() throws Exception {
        try (RawServer server = RawServer.answering("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n")) {
            Exchange exchange = sendOnce(server.uri(), TestRequest.of("HEAD", "/x"));

            assertThat(exchange.status()).isEqualTo(200);
            assertThat(exchange.failure()).isNull();
        }
    }
}

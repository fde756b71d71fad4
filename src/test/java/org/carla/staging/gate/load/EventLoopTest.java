package org.carla.staging.gate.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.carla.staging.gate.load.wire.EventLoops;
import org.carla.staging.gate.load.wire.RawServer;
import org.carla.staging.gate.load.wire.StubServer;
import org.junit.jupiter.api.Test;

/** The closed model's default transport: users multiplexed on a few event-loop threads. */
class EventLoopTest {
    private static final Scenario GET = Scenario.of(Flow.of("get", Step.get("/x")));

    private static LoadResult run(URI uri, Scenario scenario, int users, long millis, Duration timeout) {
        return new LoadRunner(uri).run(LoadPlan.closed(users + " users", scenario).users(users)
                .duration(Duration.ofMillis(millis)).requestTimeout(timeout).build());
    }

    private static Map<String, Long> reasons(LoadResult result) {
        return result.endpoint("/x").orElseThrow().failureReasons();
    }

    private static long loopThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("load-loop")).count();
    }

    @Test
    void usersShareAFewThreadsEachKeepingItsOwnConnectionWhichIsClosedAtTheEnd() throws Exception {
        Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
        AtomicInteger mostLoopThreads = new AtomicInteger();
        AtomicInteger ended = new AtomicInteger();
        try (RawServer server = new RawServer(peer -> {
            try {
                while (peer.readRequest() != null) {
                    mostLoopThreads.accumulateAndGet((int) loopThreads(), Math::max);
                    peer.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
                }
            } finally {
                ended.incrementAndGet();
            }
        })) {
            LoadResult result = run(server.uri(), GET, 20, 800, Duration.ofSeconds(2));

            assertThat(result.overall().failures()).isZero();
            assertThat(result.overall().requests()).isGreaterThan(200);
            assertThat(result.vus()).isEqualTo(20);
            assertThat(server.connections()).as("one keep-alive connection per user").isEqualTo(20);
            assertThat(mostLoopThreads.get()).isBetween(1, EventLoops.loops(20));
            await("every connection closed by the engine").atMost(Duration.ofSeconds(5)).until(() -> ended.get() == 20);
            assertThat(loopThreads()).isZero();
        }
    }

    @Test
    void aRefusedConnectionIsAFailureThatSaysSo() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        long start = System.nanoTime();
        LoadResult result = run(URI.create("http://127.0.0.1:" + port), GET, 2, 300, Duration.ofSeconds(1));

        assertThat(result.overall().requests()).isPositive();
        assertThat(result.overall().failedRate()).isEqualTo(1.0);
        assertThat(reasons(result)).containsOnlyKeys("connect: Connection refused");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_500L);
    }

    @Test
    void aServerThatNeverAnswersFailsEachRequestAtItsTimeout() throws Exception {
        try (RawServer server = new RawServer(peer -> {
            while (peer.readRequest() != null) {
                // read and say nothing: the client must give up on its own
            }
        })) {
            long start = System.nanoTime();
            LoadResult result = run(server.uri(), GET, 1, 700, Duration.ofMillis(200));
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(reasons(result)).containsOnlyKeys("timeout after 200 ms");
            assertThat(result.overall().requests()).isBetween(3L, 4L);
            assertThat(result.overall().duration().min()).isBetween(200.0, 260.0);
            assertThat(millis).isBetween(690L, 1_500L);
        }
    }

    @Test
    void anIdleConnectionTheServerDroppedIsReplacedWithoutFailingTheRequest() throws Exception {
        // Each connection answers one request, then closes without saying so (keep-alive timeout).
        try (RawServer server = RawServer.answeringOnceThenClosing("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")) {
            LoadResult result = run(server.uri(), GET, 1, 400, Duration.ofSeconds(1));

            assertThat(result.overall().failures()).isZero();
            assertThat(result.overall().requests()).isGreaterThan(10);
            assertThat(server.requests()).hasSizeGreaterThanOrEqualTo((int) result.overall().requests());
        }
    }

    @Test
    void anAnswerCutShortIsAFailureNotARetry() throws Exception {
        try (RawServer server = RawServer.answeringOnceThenClosing("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf")) {
            LoadResult result = run(server.uri(), GET, 1, 300, Duration.ofSeconds(1));

            assertThat(reasons(result)).containsOnlyKeys("EOFException: connection closed 6 bytes before the end of the body");
            assertThat(result.overall().failedRate()).isEqualTo(1.0);
            assertThat(server.requests()).hasSize(server.connections());
        }
    }

    @Test
    void aRequestBodyLargerThanTheSocketBufferIsWrittenWhole() throws Exception {
        String json = "{\"pad\":\"" + "x".repeat(8 << 20) + "\"}";
        try (RawServer server = new RawServer(peer -> {
            String request;
            while ((request = peer.readRequest()) != null) {
                boolean whole = request.endsWith(json);
                peer.write("HTTP/1.1 " + (whole ? "200 OK" : "400 Bad Request") + "\r\nContent-Length: 0\r\n\r\n");
            }
        })) {
            LoadResult result = run(server.uri(), Scenario.of(Flow.of("big", Step.post("/x").json(json))), 1, 300, Duration.ofSeconds(5));

            assertThat(result.overall().requests()).isPositive();
            assertThat(result.overall().failures()).isZero();
        }
    }

    @Test
    void aRampLetsUsersJoinOneAfterTheOther() throws Exception {
        Map<Integer, Long> firstSeen = new ConcurrentHashMap<>();
        try (StubServer server = new StubServer(4).route("/x", (call, x) -> {
            firstSeen.putIfAbsent(x.getRemoteAddress().getPort(), System.nanoTime());
            return StubServer.Answer.ok(1);
        })) {
            new LoadRunner(server.uri()).run(LoadPlan.closed("ramp", GET).users(4).rampUp(Duration.ofMillis(900))
                    .duration(Duration.ofMillis(1200)).build());

            assertThat(firstSeen).hasSize(4);
            long spreadMillis = (firstSeen.values().stream().mapToLong(Long::longValue).max().orElseThrow()
                    - firstSeen.values().stream().mapToLong(Long::longValue).min().orElseThrow()) / 1_000_000;
            assertThat(spreadMillis).isBetween(600L, 900L); // users join at 0, 225, 450 and 675 ms
        }
    }

    @Test
    void anInterruptedRunReturnsPromptlyWithWhatItMeasured() throws Exception {
        int users = 4;
        CountDownLatch answered = new CountDownLatch(50);
        AtomicInteger served = new AtomicInteger();
        AtomicReference<LoadResult> result = new AtomicReference<>();
        try (StubServer server = new StubServer(2).route("/x", (call, x) -> {
            served.incrementAndGet();
            answered.countDown();
            return StubServer.Answer.ok(0);
        })) {
            Thread runner = new Thread(() -> result.set(run(server.uri(), GET, users, 30_000, Duration.ofSeconds(1))));
            runner.start();
            assertThat(answered.await(10, TimeUnit.SECONDS)).isTrue();
            long interruptedAt = System.nanoTime();
            // The server counts an answer when it writes it; the client when it has read it. At the interrupt,
            // each user may hold one answer the server counted and the client has not recorded yet.
            int servedBeforeInterrupt = served.get();
            runner.interrupt();
            runner.join(5_000);

            assertThat(runner.isAlive()).isFalse();
            assertThat((System.nanoTime() - interruptedAt) / 1_000_000).isLessThan(2_000L);
            assertThat(result.get().overall().requests()).as("recorded vs %d answers served before the interrupt", servedBeforeInterrupt)
                    .isGreaterThanOrEqualTo(servedBeforeInterrupt - users);
            await("loop threads gone").atMost(Duration.ofSeconds(2)).until(() -> loopThreads() == 0);
        }
    }
}

package org.carla.staging.gate.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.carla.staging.gate.load.wire.StubServer;
import org.junit.jupiter.api.Test;

class OpenModelTest {
    private static final Scenario STALLING = Scenario.of(Flow.of("stall", Step.get("/stall")));

    /** Every call takes 5 ms except the 10th, which stalls the (single-threaded) server for 500 ms. */
    private static StubServer stallingServer() throws Exception {
        return new StubServer(1).route("/stall", (call, x) -> StubServer.Answer.ok(call == 10 ? 500 : 5));
    }

    private static LoadPlan.Builder open(double rate, int maxUsers, long millis) {
        return LoadPlan.open(rate + "/s", STALLING).rate(rate).maxUsers(maxUsers).duration(Duration.ofMillis(millis))
                .requestTimeout(Duration.ofSeconds(2)).lateTolerance(Duration.ofMillis(50));
    }

    @Test
    void iterationsStartAtTheConfiguredRate() throws Exception {
        try (StubServer server = new StubServer(4).route("/stall", (call, x) -> StubServer.Answer.ok(2))) {
            LoadResult result = new LoadRunner(server.uri()).run(open(100, 10, 1000).build());

            assertThat(result.iterations()).isBetween(95L, 100L);
            assertThat(result.iterationRate()).isCloseTo(100, within(5.0));
            assertThat(result.droppedIterations()).isZero();
            assertThat(result.vusMax()).isEqualTo(10);
            assertThat(result.vus()).isBetween(1, 10);
        }
    }

    @Test
    void aStallIsMeasuredFromTheIntendedStartsSoItsQueueShowsInTheLatency() throws Exception {
        LoadResult open;
        try (StubServer server = stallingServer()) {
            open = new LoadRunner(server.uri()).run(open(50, 1, 1500).maxStartDelay(Duration.ofSeconds(2)).build());
        }
        LoadResult closed;
        try (StubServer server = stallingServer()) {
            closed = new LoadRunner(server.uri()).run(LoadPlan.closed("1 user", STALLING).users(1).duration(Duration.ofMillis(1500)).build());
        }

        // During the 500 ms stall about 25 slots pass; each of them waits and that wait is in its latency.
        assertThat(open.lateIterations()).isGreaterThanOrEqualTo(15);
        assertThat(open.overall().duration().p90()).isGreaterThan(200.0);
        assertThat(open.overall().duration().max()).isGreaterThanOrEqualTo(490.0);
        // The closed user just waited too: one slow sample among many, the stall all but vanishes from p90.
        assertThat(closed.overall().duration().p90()).isLessThan(50.0);
        assertThat(closed.lateIterations()).isZero();
    }

    @Test
    void withoutRoomToWaitTheSlotsOfAStallAreDropped() throws Exception {
        try (StubServer server = stallingServer()) {
            LoadResult result = new LoadRunner(server.uri()).run(open(50, 1, 1500).maxStartDelay(Duration.ZERO).build());

            assertThat(result.droppedIterations()).isGreaterThanOrEqualTo(15);
            assertThat(result.iterations() + result.droppedIterations()).isBetween(65L, 75L);
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
}

package org.carla.staging.gate.await;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;
import org.carla.staging.gate.config.Timeouts;
import org.carla.staging.gate.http.ApplicationStoppedError;
import org.carla.staging.gate.http.ServiceUnreachableException;
import org.junit.jupiter.api.Test;

class EventuallyTest {
    private final Eventually eventually = new Eventually(new Timeouts(Duration.ofMinutes(1), Duration.ofSeconds(5),
            Duration.ofMillis(20), Duration.ofSeconds(1)));

    @Test
    void anAssertionIsRetriedUntilItHolds() {
        AtomicInteger calls = new AtomicInteger();
        eventually.untilAsserted("third call", () -> assertThat(calls.incrementAndGet()).isEqualTo(3));
        assertThat(calls).hasValue(3);
    }

    @Test
    void anUnreachableServiceEndsTheWaitAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        long start = System.nanoTime();
        assertThatThrownBy(() -> eventually.untilAsserted("loki logs", () -> {
            calls.incrementAndGet();
            throw new ServiceUnreachableException("loki at http://127.0.0.1:3101 cannot be reached", null);
        })).isInstanceOf(ServiceUnreachableException.class).hasMessageContaining("loki at");
        assertThat(calls).hasValue(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void anApplicationThatStoppedIsReportedUnchangedNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> eventually.untilAsserted("backend answers", () -> {
            calls.incrementAndGet();
            throw new ApplicationStoppedError("backend stopped answering mid-run", null);
        })).isInstanceOf(ApplicationStoppedError.class).hasMessage("backend stopped answering mid-run");
        assertThat(calls).hasValue(1);
    }

    @Test
    void otherExceptionsAreRetriedAndTheLastFailureIsInTheTimeout() {
        Eventually quick = new Eventually(new Timeouts(Duration.ofMinutes(1), Duration.ofMillis(300), Duration.ofMillis(20), Duration.ofSeconds(1)));
        assertThatThrownBy(() -> quick.untilAsserted("a value", () -> assertThat(1).as("the value").isEqualTo(2)))
                .isInstanceOf(ConditionTimeoutException.class).hasMessageContaining("a value");
    }

    @Test
    void untilHoldsTurnsATimeoutOnAnAssertionIntoAnAssertionError() {
        Eventually quick = new Eventually(new org.carla.staging.gate.config.Timeouts(java.time.Duration.ofSeconds(1),
                java.time.Duration.ofMillis(300), java.time.Duration.ofMillis(50), java.time.Duration.ofSeconds(1)));
        assertThatThrownBy(() -> quick.untilHolds("a value", () -> assertThat(1).as("the value").isEqualTo(2)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("a value not reached within").hasMessageContaining("the value");
    }

    @Test
    void untilHoldsReportsAFailureWhenTheBoundFallsDuringAnEvaluation() {
        // A Prometheus query still running when the bound passes: the last assertion is still a failure, not broken.
        Eventually quick = new Eventually(new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(20), Duration.ofSeconds(1)));
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> quick.untilHolds("series", () -> {
            if (calls.incrementAndGet() > 1) never.await(600, java.util.concurrent.TimeUnit.MILLISECONDS);
            assertThat(java.util.List.of()).as("series in Prometheus").isNotEmpty();
        })).isInstanceOf(AssertionError.class).hasMessageContaining("series not reached within").hasMessageContaining("series in Prometheus");
    }
}

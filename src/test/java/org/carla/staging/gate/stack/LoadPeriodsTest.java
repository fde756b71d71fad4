package org.carla.staging.gate.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoadPeriodsTest {
    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final Duration DRAIN = Duration.ofSeconds(10);

    @Test
    void aMomentIsNamedByTheLoadLevelRunningThenOrJustBefore() {
        LoadPeriods periods = new LoadPeriods();
        periods.record("heavy", 20, T0, T0.plusSeconds(20), DRAIN);
        periods.record("stress", 50, T0.plusSeconds(25), T0.plusSeconds(45), DRAIN);
        assertThat(periods.describe(T0.plusSeconds(30))).isEqualTo("during load level stress (50 users)");
        assertThat(periods.describe(T0.plusSeconds(20))).as("the last answer's moment counts").isEqualTo("during load level heavy (20 users)");
        assertThat(periods.describe(T0.plusSeconds(52))).as("the app may still be working off the queue")
                .isEqualTo("7 s after load level stress (50 users)");
        assertThat(periods.describe(T0.plusSeconds(45).plus(DRAIN).plusSeconds(1))).isEqualTo("while no gate load level ran");
        assertThat(periods.describe(T0.minusSeconds(1))).isEqualTo("while no gate load level ran");
    }

    @Test
    void withoutLoadNothingRan() {
        assertThat(new LoadPeriods().describe(T0)).isEqualTo("while no gate load level ran");
    }
}

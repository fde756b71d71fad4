package org.carla.staging.gate.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutagesTest {
    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void theRunIsSplitAroundTheGatesOwnOutages() {
        Outages outages = new Outages();
        outages.record("backend", T0.plusSeconds(100), T0.plusSeconds(130));
        outages.record("backend", T0.plusSeconds(120), T0.plusSeconds(140));
        List<Instant[]> windows = outages.clearWindows(T0, T0.plusSeconds(200), Duration.ZERO);
        assertThat(windows).hasSize(2);
        assertThat(windows.get(0)).containsExactly(T0, T0.plusSeconds(100));
        assertThat(windows.get(1)).as("overlapping outages merge").containsExactly(T0.plusSeconds(140), T0.plusSeconds(200));
    }

    @Test
    void withoutOutagesTheWholeRunIsOneWindow() {
        assertThat(new Outages().clearWindows(T0, T0.plusSeconds(60), Duration.ZERO)).singleElement()
                .satisfies(w -> assertThat(w).containsExactly(T0, T0.plusSeconds(60)));
    }

    @Test
    void anOutageCountsFromItsLeadBeforeItBegan() {
        Outages outages = new Outages();
        outages.record("backend", T0.plusSeconds(100), T0.plusSeconds(130));
        List<Instant[]> windows = outages.clearWindows(T0, T0.plusSeconds(200), Duration.ofSeconds(10));
        assertThat(windows).hasSize(2);
        assertThat(windows.get(0)).as("a scrape started in the 10 s before the pause is left out").containsExactly(T0, T0.plusSeconds(90));
        assertThat(windows.get(1)).containsExactly(T0.plusSeconds(130), T0.plusSeconds(200));
    }
}

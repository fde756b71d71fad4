package org.carla.staging.gate.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadTest {
    @Test
    void medianOfAnEvenCountIsTheMidpointAndP90IsTheNearestRank() {
        Spread spread = Spread.of(40, 10, 30, 20, 100, 50, 60, 70, 80, 90);

        assertThat(spread).isEqualTo(new Spread(10, 10, 55, 90, 100));
    }

    @Test
    void oneValueIsEveryStatistic() {
        assertThat(Spread.of(7.5)).isEqualTo(new Spread(1, 7.5, 7.5, 7.5, 7.5));
    }
}

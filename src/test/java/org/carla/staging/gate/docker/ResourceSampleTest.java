package org.carla.staging.gate.docker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourceSampleTest {
    @Test
    void readsDockerStatsUnits() {
        ResourceSample sample = ResourceSample.parse("backend", "12.50%", "48.5MiB / 23.4GiB");
        assertThat(sample.cpuPercent()).isEqualTo(12.5);
        assertThat(sample.memoryMiB()).isEqualTo(48.5);
        assertThat(ResourceSample.bytes("1.5kB")).isEqualTo(1500);
        assertThat(ResourceSample.bytes("0B")).isZero();
    }
}

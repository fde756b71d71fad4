package org.carla.staging.gate.prereq;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortOwnerTest {
    @Test
    void readsTheProcessFromAnSsLine() {
        assertThat(PortOwner.processOf("LISTEN 0 4096 127.0.0.1:8001 0.0.0.0:* users:((\"docker-proxy\",pid=4242,fd=4))"))
                .isEqualTo("docker-proxy (pid 4242)");
        assertThat(PortOwner.processOf("LISTEN 0 4096 127.0.0.1:8001 0.0.0.0:*")).isEmpty();
    }
}

package org.carla.staging.gate.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathTemplateTest {
    @Test
    void pathTemplatesReplaceIdentifiers() {
        assertThat(PathTemplate.of("/api/reports/17/files/3f2504e0-4f89-11d3-9a0c-0305e82c3301"))
                .isEqualTo("/api/reports/{id}/files/{id}");
        assertThat(PathTemplate.of("/api/v1/logs/app.log")).isEqualTo("/api/v1/logs/app.log");
        assertThat(PathTemplate.ofUrl("http://h:8001/api/reports/9")).isEqualTo("http://h:8001/api/reports/{id}");
    }
}

package org.carla.staging.gate.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.carla.staging.gate.config.Semantics.HealthWords;
import org.junit.jupiter.api.Test;

class HealthBodyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HealthBody health = new HealthBody(new HealthWords(List.of("down", "degraded", "unhealthy", "fail"),
            List.of("healthy", "ok", "connected", "ready")));

    @Test
    void theContractsHealthAnswerHasNothingUnhealthy() throws Exception {
        var body = JSON.readTree("{\"status\":\"healthy\",\"timestamp\":\"2026-11-30T08:00:00Z\"}");
        assertThat(health.unhealthy(body)).isEmpty();
        assertThat(health.judged(body)).containsExactly("status = \"healthy\"", "timestamp = \"2026-11-30T08:00:00Z\"");
    }

    @Test
    void aComponentDownOrDegradedAtAnyDepthIsNamedWithItsPath() throws Exception {
        var body = JSON.readTree("{\"status\":\"healthy\",\"database\":\"DOWN\",\"components\":{\"cache\":{\"status\":\"degraded\"}},"
                + "\"checks\":[{\"name\":\"carla\",\"state\":\"fail\"},{\"name\":\"loki\",\"state\":\"pass\"}]}");
        assertThat(health.unhealthy(body)).containsExactly("database = \"DOWN\"", "components.cache.status = \"degraded\"",
                "checks[0].state = \"fail\"");
    }

    @Test
    void aHealthyFlagThatIsFalseIsUnhealthyOtherFlagsAreNot() throws Exception {
        var body = JSON.readTree("{\"database_connected\":false,\"isReady\":false,\"cache\":{\"ok\":false},\"maintenance\":false,\"debug\":false}");
        assertThat(health.unhealthy(body)).containsExactly("database_connected = false", "isReady = false", "cache.ok = false");
    }
}

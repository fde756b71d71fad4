package org.carla.staging.gate.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceStateTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode inspect(String service, String status, String health, String... checks) throws Exception {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < checks.length; i++) {
            String[] parts = checks[i].split("\\|", 3);
            if (i > 0) log.append(',');
            log.append("{\"Start\":\"").append(parts[0]).append("\",\"End\":\"").append(parts[0]).append("\",\"ExitCode\":")
                    .append(parts[1]).append(",\"Output\":\"").append(parts[2]).append("\"}");
        }
        String healthNode = health == null ? "" : ",\"Health\":{\"Status\":\"" + health + "\",\"Log\":[" + log + "]}";
        return JSON.readTree("{\"Id\":\"abc\",\"Name\":\"/p-" + service + "-1\",\"Config\":{\"Image\":\"img\",\"Labels\":"
                + "{\"com.docker.compose.service\":\"" + service + "\"}},\"State\":{\"Status\":\"" + status
                + "\",\"ExitCode\":0,\"StartedAt\":\"2026-11-28T08:00:00.000000000Z\"" + healthNode + "}}");
    }

    @Test
    void startupTimeRunsFromStartToTheFirstPassingCheck() throws Exception {
        ServiceState state = ServiceState.of(inspect("backend", "running", "healthy",
                "2026-11-28T08:00:02.5Z|1|connection refused", "2026-11-28T08:00:04.25Z|0|ok", "2026-11-28T08:00:07Z|0|ok"));
        assertThat(state.service()).isEqualTo("backend");
        assertThat(state.startupTime()).contains(Duration.ofMillis(4250));
        assertThat(state.notReadyReason()).isNull();
    }

    @Test
    void anUnhealthyServiceSaysWhatItsLastCheckSaid() throws Exception {
        ServiceState state = ServiceState.of(inspect("backend", "running", "unhealthy", "2026-11-28T08:00:02Z|1|HTTP 503 from /health"));
        assertThat(state.notReadyReason()).isEqualTo("backend is unhealthy; last healthcheck said: HTTP 503 from /health");
        assertThat(state.startupTime()).isEmpty();
    }

    @Test
    void readinessListsMissingAndUnhealthyServices() throws Exception {
        StackReadiness readiness = new StackReadiness(null, List.of("backend", "database"), java.util.Map.of(), url -> null);
        String reasons = readiness.reasons(List.of(ServiceState.of(inspect("backend", "exited", null))));
        assertThat(reasons).contains("no container yet for database").contains("backend is exited (exit code 0)");
        assertThat(readiness.reasons(List.of(ServiceState.of(inspect("backend", "running", "healthy")),
                ServiceState.of(inspect("database", "running", null))))).isNull();
    }

    @Test
    void aOneShotStepIsReadyWhenItExitedZeroAndSaysWhenItFailed() throws Exception {
        String done = inspect("schema", "exited", null).toString().replace("\"com.docker.compose.service\":\"schema\"",
                "\"com.docker.compose.service\":\"schema\",\"" + ServiceState.ROLE_LABEL + "\":\"init\"");
        ServiceState ok = ServiceState.of(JSON.readTree(done));
        assertThat(ok.init()).isTrue();
        assertThat(ok.notReadyReason()).isNull();
        ServiceState failed = ServiceState.of(JSON.readTree(done.replace("\"ExitCode\":0", "\"ExitCode\":3")));
        assertThat(failed.notReadyReason()).isEqualTo("schema (one-shot) failed with exit code 3");
    }

    @Test
    void anImageWithoutHealthcheckIsReadyOnlyWhenItAnswersFromOutside() throws Exception {
        java.net.URI health = java.net.URI.create("http://127.0.0.1:8001/health");
        java.util.concurrent.atomic.AtomicReference<String> answer = new java.util.concurrent.atomic.AtomicReference<>("HTTP 503 starting");
        StackReadiness readiness = new StackReadiness(null, List.of("backend"), java.util.Map.of("backend", health), url -> answer.get());
        List<ServiceState> running = List.of(ServiceState.of(inspect("backend", "running", null)));
        assertThat(readiness.reasons(running)).isEqualTo("backend does not answer GET http://127.0.0.1:8001/health from outside yet: HTTP 503 starting");
        answer.set(null);
        assertThat(readiness.reasons(running)).isNull();
        answer.set("ConnectException");
        assertThat(readiness.reasons(running)).as("answered once: ready, not probed again").isNull();
    }
}

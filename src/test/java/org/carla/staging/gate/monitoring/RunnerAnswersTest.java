package org.carla.staging.gate.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunnerAnswersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void prometheusMatrixSamplesCountOnlyNumbers() throws Exception {
        QueryRunner.Answer a = PrometheusRunner.answer(JSON.readTree("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["
                + "{\"metric\":{},\"values\":[[1,\"NaN\"],[2,\"0.5\"],[3,\"+Inf\"]]},{\"metric\":{},\"values\":[[1,\"NaN\"]]}]}}"));
        assertThat(a.series()).isEqualTo(2);
        assertThat(a.samples()).isEqualTo(1);
        assertThat(a.hasData()).isTrue();
    }

    @Test
    void prometheusErrorsKeepTheirTypeAndMessage() throws Exception {
        QueryRunner.Answer a = PrometheusRunner.answer(JSON.readTree(
                "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"1:5: parse error: unexpected end of input\"}"));
        assertThat(a.error()).isEqualTo("bad_data: 1:5: parse error: unexpected end of input");
    }

    @Test
    void anEmptyVectorIsNoData() throws Exception {
        QueryRunner.Answer a = PrometheusRunner.answer(JSON.readTree("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}"));
        assertThat(a.failed()).isFalse();
        assertThat(a.hasData()).isFalse();
    }

    @Test
    void grafanaFramesCountNonNullValuesOfValueFields() throws Exception {
        String body = "{\"results\":{\"A\":{\"status\":200,\"frames\":[{\"schema\":{\"fields\":[{\"name\":\"Time\",\"type\":\"time\"},"
                + "{\"name\":\"Value\",\"type\":\"number\"}]},\"data\":{\"values\":[[1,2,3],[null,1.5,2]]}}]}}}";
        QueryRunner.Answer a = GrafanaRunner.answer(JSON.readTree(body));
        assertThat(a.series()).isEqualTo(1);
        assertThat(a.samples()).isEqualTo(2);
        QueryRunner.Answer error = GrafanaRunner.answer(JSON.readTree("{\"results\":{\"A\":{\"error\":\"data source not found\",\"status\":500}}}"));
        assertThat(error.error()).isEqualTo("Grafana: data source not found");
        assertThat(GrafanaRunner.answer(JSON.readTree("{\"results\":{\"A\":{\"frames\":[]}}}")).hasData()).isFalse();
    }

    @Test
    void theReceiversLinesBecomeNotificationsPerAlert() {
        String kept = "{\"receivedAt\":1000,\"notification\":{\"receiver\":\"gate-webhook\",\"status\":\"firing\",\"alerts\":["
                + "{\"status\":\"firing\",\"labels\":{\"alertname\":\"BackendDown\",\"job\":\"carla-client\"}}]}}\n"
                + "{\"receivedAt\":5000,\"notification\":{\"receiver\":\"gate-webhook\",\"status\":\"resolved\",\"alerts\":["
                + "{\"status\":\"resolved\",\"labels\":{\"alertname\":\"BackendDown\",\"job\":\"carla-client\"}}]}}\n";
        AlertNotifications n = AlertNotifications.parse(kept);
        assertThat(n.all()).hasSize(2);
        assertThat(n.first("BackendDown", "firing", Instant.ofEpochMilli(500))).hasValueSatisfying(x -> assertThat(x.receivedAt().toEpochMilli()).isEqualTo(1000));
        assertThat(n.first("BackendDown", "firing", Instant.ofEpochMilli(2000))).isEmpty();
        assertThat(n.first("BackendDown", "resolved", Instant.ofEpochMilli(2000))).isPresent();
    }
}

package org.carla.staging.gate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ReachabilityTest {
    private static final Reachability.Service GRAFANA = new Reachability.Service("grafana", URI.create("http://127.0.0.1:3002"),
            "staging.grafana.url", false);
    private static final Reachability.Service BACKEND = new Reachability.Service("backend", URI.create("http://127.0.0.1:8001"),
            "staging.backend.url", true);
    private final Reachability reachability = new Reachability();

    @Test
    void anUnreachableServiceIsNamedWithItsSettingAndThenFailsFast() {
        Throwable first = reachability.failed(GRAFANA, "GET /api/search", new ConnectException("Connection refused"));
        assertThat(first).isInstanceOf(ServiceUnreachableException.class)
                .hasMessageContaining("grafana at http://127.0.0.1:3002").hasMessageContaining("staging.grafana.url")
                .hasMessageContaining("Connection refused").hasMessageContaining("What to do");
        assertThatThrownBy(() -> reachability.checkStillReachable(GRAFANA)).isInstanceOf(ServiceUnreachableException.class)
                .hasMessageContaining("found earlier in this run");
    }

    @Test
    void theApplicationStoppingAfterAnsweringIsOneProductDefectNamingTheRequestsBefore() {
        reachability.answered(BACKEND, "GET /api/scenarios → 200");
        reachability.answered(BACKEND, "POST /api/config → 200");
        Throwable stop = reachability.failed(BACKEND, "GET /api/config", new ConnectException("Connection refused"));
        assertThat(stop).isInstanceOf(ApplicationStoppedError.class).isInstanceOf(AssertionError.class)
                .hasMessageContaining("backend stopped answering mid-run").hasMessageContaining("at GET /api/config")
                .hasMessageContaining("GET /api/scenarios → 200; POST /api/config → 200");
        assertThatThrownBy(() -> reachability.checkStillReachable(BACKEND)).as("later tests: broken, not failed")
                .isInstanceOf(ServiceUnreachableException.class);
    }

    @Test
    void anApplicationNeverReachedIsUnreachableNotADefect() {
        assertThat(reachability.failed(BACKEND, "GET /health", new ConnectException("Connection refused")))
                .isInstanceOf(ServiceUnreachableException.class);
    }

    @Test
    void otherFailuresPassThroughUntouched() {
        IOException notConnection = new IOException("stream closed");
        assertThat(reachability.failed(BACKEND, "GET /x", notConnection)).isSameAs(notConnection);
        reachability.checkStillReachable(BACKEND);
    }
}

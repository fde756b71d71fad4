package org.carla.staging.acceptance.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Allure;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.net.URI;
import java.time.Duration;
import org.carla.staging.acceptance.SecurityTest;
import org.carla.staging.acceptance.support.Accounts;
import org.carla.staging.acceptance.support.UserSession;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.http.Redaction;
import org.carla.staging.gate.http.WebSocketProbe;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seed "Security Testing": Authentication on the live streams (upstream defect: token never checked). */
@SecurityTest
@Feature("5. Security Testing")
@Story("Authentication")
class WebSocketTest {
    private static final Duration WAIT = Duration.ofSeconds(4);

    @ParameterizedTest(name = "{0} refuses a missing or foreign token, admits the owner")
    @ValueSource(strings = {"/ws/simulation-view", "/ws/control"})
    void streamsRequireTheTenantsToken(String path, HttpSpecs http, GateConfig config) {
        Accounts accounts = new Accounts(http, config);
        UserSession owner = accounts.newUser();
        UserSession stranger = accounts.newUser();
        WebSocketProbe probe = new WebSocketProbe();
        String base = config.endpoints().backend().toString().replaceFirst("^http", "ws") + path + "?tenant_id=" + owner.tenantId();

        WebSocketProbe.Outcome missing = probe.attempt(URI.create(base), WAIT);
        WebSocketProbe.Outcome forged = probe.attempt(URI.create(base + "&token=not-a-token"), WAIT);
        WebSocketProbe.Outcome foreign = probe.attempt(URI.create(base + "&token=" + stranger.token()), WAIT);
        WebSocketProbe.Outcome own = probe.attempt(URI.create(base + "&token=" + owner.token()), WAIT);
        Allure.addAttachment("WebSocket attempts on " + path, "text/plain", String.join("\n",
                "no token: " + missing, "invalid token: " + forged, "another tenant's token: " + foreign,
                "owner's token (" + Redaction.url(base + "&token=x") + "): " + own));

        assertThat(own.admitted()).as("the owner is admitted (else the probe could not tell refusal from breakage): %s", own).isTrue();
        assertThat(missing.admitted()).as("no token: %s", missing).isFalse();
        assertThat(forged.admitted()).as("invalid token: %s", forged).isFalse();
        assertThat(foreign.admitted()).as("a token of another tenant: %s", foreign).isFalse();
    }
}

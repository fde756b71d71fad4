package org.carla.staging.gate.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void credentialsInHeadersAreHiddenButTheSchemeStays() {
        assertThat(Redaction.header("Authorization", "Bearer eyJhbGciOi.x.y")).isEqualTo("Bearer [redacted]");
        assertThat(Redaction.header("Cookie", "session=abc")).isEqualTo("[redacted]");
        assertThat(Redaction.header("Accept", "application/json")).isEqualTo("application/json");
    }

    @Test
    void passwordsAndTokensInBodiesAreHidden() {
        String body = "{\"username\":\"ann\",\"password\":\"S3cret-pw\",\"access_token\":\"abc.def.ghi\"}";
        assertThat(Redaction.body(body)).contains("\"username\":\"ann\"").doesNotContain("S3cret-pw", "abc.def.ghi");
    }

    @Test
    void tokensInQueryStringsAreHidden() {
        assertThat(Redaction.url("ws://h/ws/control?tenant_id=1&token=abc.def")).isEqualTo("ws://h/ws/control?tenant_id=1&token=[redacted]");
    }

    @Test
    void everyFieldNamedLikeATokenPasswordOrSecretIsHidden() {
        String body = "{\"session_token\":\"s-123\",\"new_password\":\"N3w-pw\",\"jwt_secret_key\":\"k\",\"dsn\":\"postgres://u:p@h\","
                + "\"token_type\":\"bearer\",\"password_hash\":\"$2b$x\"}";
        assertThat(Redaction.body(body)).doesNotContain("s-123", "N3w-pw", "\"k\"", "u:p@h").contains("\"token_type\":\"bearer\"");
    }
}

package org.carla.staging.gate.security.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwtForgeTest {
    /** Computed with Python's hmac/hashlib/base64 (compact JSON, header {"alg":"HS256","typ":"JWT"}). */
    private static final String PYTHON_VECTOR = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
            + ".eyJzdWIiOiI0MiIsInVzZXJuYW1lIjoiYWxpY2UiLCJpc19hZG1pbiI6ZmFsc2UsInRlbmFudF9pZCI6NywiZXhwIjoxOTAwMDAwMDAwfQ"
            + ".WtwPeTGVihIi2QARnu1OAhjNikisOof_E_YdWDn-5Oc";
    /** jwt.io's example token, signed with its documented default "your-256-bit-secret". */
    private static final String JWT_IO = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
            + ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
            + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

    private static Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "42");
        claims.put("username", "alice");
        claims.put("is_admin", false);
        claims.put("tenant_id", 7);
        claims.put("exp", 1900000000);
        return claims;
    }

    @Test
    void hs256MatchesAnIndependentReference() {
        assertThat(JwtForge.hs256(claims(), "dev-insecure-change-me")).isEqualTo(PYTHON_VECTOR);
    }

    @Test
    void decodeRoundTrips() {
        assertThat(JwtForge.decodeClaims(PYTHON_VECTOR)).isEqualTo(claims());
        assertThat(JwtForge.decodeHeader(PYTHON_VECTOR)).isEqualTo(Map.of("alg", "HS256", "typ", "JWT"));
    }

    @Test
    void algNoneHasNoSignature() {
        String token = JwtForge.algNone(claims());
        assertThat(token).endsWith(".");
        assertThat(new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8))
                .isEqualTo("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        assertThat(JwtForge.decodeClaims(token)).isEqualTo(claims());
        assertThat(JwtForge.algNoneVariants(claims())).hasSize(4).allSatisfy(t -> assertThat(t).endsWith("."));
    }

    @Test
    void tamperedClaimsKeepTheSignatureAndNoLongerVerify() {
        String tampered = JwtForge.withTamperedClaims(PYTHON_VECTOR, Map.of("is_admin", true));
        assertThat(tampered.split("\\.")[2]).isEqualTo(PYTHON_VECTOR.split("\\.")[2]);
        assertThat(JwtForge.decodeClaims(tampered)).containsEntry("is_admin", true).containsEntry("sub", "42");
        assertThat(JwtForge.verifiesHs256(tampered, "dev-insecure-change-me")).isFalse();
    }

    @Test
    void expiredTokensAreSignedAndInThePast() {
        String token = JwtForge.expired(claims(), "k");
        assertThat(((Number) JwtForge.decodeClaims(token).get("exp")).longValue()).isLessThan(Instant.now().getEpochSecond());
        assertThat(JwtForge.verifiesHs256(token, "k")).isTrue();
    }

    @Test
    void wellKnownSecretsAreFound() {
        assertThat(JwtForge.findSigningSecret(PYTHON_VECTOR)).contains("dev-insecure-change-me");
        assertThat(JwtForge.findSigningSecret(JWT_IO)).contains("your-256-bit-secret");
    }

    @Test
    void strongSecretsAndUnsignedTokensAreNotFound() {
        assertThat(JwtForge.findSigningSecret(JwtForge.hs256(claims(), "q8Zr-2nV!x7pLm0s-long-random"))).isEmpty();
        assertThat(JwtForge.findSigningSecret(JwtForge.algNone(claims()))).isEmpty();
    }

    @Test
    void wellKnownListHoldsThePublicDefaults() {
        assertThat(WellKnownSecrets.list()).contains("dev-insecure-change-me", "secret", "changeme", "change-me",
                "your-secret-key", "jwt-secret", "supersecret", "password", "123456", "carla", "default", "test", "key")
                .doesNotHaveDuplicates().hasSizeLessThan(100);
    }

    @Test
    void malformedTokensAreExplained() {
        assertThatThrownBy(() -> JwtForge.decodeClaims("abc")).hasMessageContaining("header.payload.signature");
        assertThatThrownBy(() -> JwtForge.decodeClaims("a.!!!.c")).hasMessageContaining("payload");
        assertThatThrownBy(() -> JwtForge.hs256(Map.of(), "")).hasMessageContaining("non-empty secret");
        assertThat(List.of(JwtForge.verifiesHs256("a.b.***", "k"))).containsExactly(false);
    }
}

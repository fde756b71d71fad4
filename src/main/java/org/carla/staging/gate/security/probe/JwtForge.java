package org.carla.staging.gate.security.probe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Forged JSON Web Tokens for negative tests: HS256 with any secret, {@code alg: none}, tampered claims
 * under the original signature, expired tokens; and the check whether a real token was signed with a
 * public default secret (proof of forgeability without a server round trip).
 */
public final class JwtForge {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String HS256_HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
    private static final String NONE_HEADER = "{\"alg\":\"none\",\"typ\":\"JWT\"}";

    private JwtForge() {
    }

    /** A token signed with HMAC-SHA256; claims are serialised in their map's order. */
    public static String hs256(Map<String, ?> claims, String secret) {
        String signingInput = encode(HS256_HEADER) + "." + encode(json(claims));
        return signingInput + "." + ENCODER.encodeToString(hmac(signingInput, secret));
    }

    /** An unsigned token: header {"alg":"none","typ":"JWT"}, empty signature. */
    public static String algNone(Map<String, ?> claims) {
        return encode(NONE_HEADER) + "." + encode(json(claims)) + ".";
    }

    /** alg none spelled the ways lenient libraries accept (none, None, NONE, nOnE). */
    public static List<String> algNoneVariants(Map<String, ?> claims) {
        return List.of("none", "None", "NONE", "nOnE").stream()
                .map(alg -> encode("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}") + "." + encode(json(claims)) + ".").toList();
    }

    /** The token with {@code changes} merged into its claims, header and signature kept as they were. */
    public static String withTamperedClaims(String token, Map<String, ?> changes) {
        String[] parts = split(token);
        Map<String, Object> claims = decodeClaims(token);
        claims.putAll(changes);
        return parts[0] + "." + encode(json(claims)) + "." + parts[2];
    }

    /** A correctly signed token whose exp lies an hour in the past (iat two hours). */
    public static String expired(Map<String, ?> claims, String secret) {
        Map<String, Object> copy = new LinkedHashMap<>(claims);
        long now = Instant.now().getEpochSecond();
        copy.put("iat", now - 7200);
        copy.put("exp", now - 3600);
        return hs256(copy, secret);
    }

    public static Map<String, Object> decodeClaims(String token) {
        return parse(split(token)[1], "payload");
    }

    public static Map<String, Object> decodeHeader(String token) {
        return parse(split(token)[0], "header");
    }

    /** Whether {@code token}'s HS256 signature verifies with {@code secret} (constant-time compare). */
    public static boolean verifiesHs256(String token, String secret) {
        String[] parts = split(token);
        if (secret == null || secret.isEmpty() || parts[2].isEmpty()) return false;
        byte[] expected = hmac(parts[0] + "." + parts[1], secret);
        byte[] actual;
        try {
            actual = DECODER.decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, actual);
    }

    /** The well-known secret a real token was signed with, if any. */
    public static Optional<String> findSigningSecret(String token) {
        return findSigningSecret(token, WellKnownSecrets.list());
    }

    public static Optional<String> findSigningSecret(String token, Collection<String> candidates) {
        return candidates.stream().filter(s -> verifiesHs256(token, s)).findFirst();
    }

    private static String[] split(String token) {
        if (token == null) throw new IllegalArgumentException("no token (null)");
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a JWS compact token (header.payload.signature): " + parts.length + " parts");
        }
        return parts;
    }

    private static Map<String, Object> parse(String part, String what) {
        try {
            return JSON.readValue(DECODER.decode(part), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new IllegalArgumentException("token " + what + " is not base64url JSON: " + e.getMessage(), e);
        }
    }

    private static String encode(String text) {
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Map<String, ?> claims) {
        try {
            return JSON.writeValueAsString(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("claims are not serialisable as JSON: " + e.getMessage(), e);
        }
    }

    private static byte[] hmac(String input, String secret) {
        if (secret == null || secret.isEmpty()) throw new IllegalArgumentException("HS256 needs a non-empty secret");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable in this JVM", e);
        }
    }
}

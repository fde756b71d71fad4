package org.carla.staging.acceptance.security;

import java.nio.charset.StandardCharsets;

/**
 * A probe put into a URL path as an attacker would send it: "../", "%2e%2e/" and friends stay as they
 * are (that is the attack), only bytes a URL cannot carry at all are percent-encoded.
 */
final class RawPaths {
    private static final String KEPT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/%:@!$&'()*+,;=";

    private RawPaths() {
    }

    static String encode(String payload) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            char c = (char) (bytes[i] & 0xff);
            boolean escapeAlready = c == '%' && isHex(bytes, i + 1) && isHex(bytes, i + 2);
            if (bytes[i] >= 0 && KEPT.indexOf(c) >= 0 && (c != '%' || escapeAlready)) out.append(c);
            else out.append('%').append(String.format("%02X", bytes[i] & 0xff));
        }
        return out.toString();
    }

    private static boolean isHex(byte[] bytes, int i) {
        return i < bytes.length && Character.digit((char) bytes[i], 16) >= 0;
    }
}

package org.carla.staging.gate.security.canary;

/** A secret seen where it must not be: which secret (its label), where, and the line around it masked. */
public record CanaryHit(String secret, String where, String context) {
    private static final int AROUND = 60;

    /** The text around the first occurrence, with the secret replaced by a mask. */
    static String context(String text, String secret) {
        int at = text.indexOf(secret);
        if (at < 0) return "";
        String around = text.substring(Math.max(0, at - AROUND), Math.min(text.length(), at + secret.length() + AROUND));
        return around.replace(secret, "[" + secret.length() + " characters of the secret]").replaceAll("\\s+", " ").strip();
    }

    @Override
    public String toString() {
        return secret + " in " + where + ": …" + context + "…";
    }
}

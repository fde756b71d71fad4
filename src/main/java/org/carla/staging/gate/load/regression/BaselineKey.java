package org.carla.staging.gate.load.regression;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What a baseline is valid for: the machine (its name and cores, or a name the CI gives its runner), the
 * world (registry or air-gap images) and the stack (the application and its image repositories, without
 * tags, plus the load profile): a new build of the same application on the same machine compares with the
 * last good build; another machine, world, application or load profile starts its own baseline.
 */
public record BaselineKey(String machine, String world, String stack) {

    public BaselineKey {
        if (machine.isBlank() || world.isBlank() || stack.isBlank()) {
            throw new IllegalArgumentException("a baseline key needs a machine, a world and a stack: " + machine + "/" + world + "/" + stack);
        }
    }

    /** This machine: its host name and number of cores, unless a name is given (e.g. the CI runner's). */
    public static String thisMachine(String given) {
        if (given != null && !given.isBlank()) return given.strip();
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                host = "unknown-host";
            }
        }
        return host + "-" + Runtime.getRuntime().availableProcessors() + "cpu";
    }

    /** An image reference without its tag or digest: the same repository across builds. */
    public static String repository(String image) {
        String withoutDigest = image.replaceFirst("@.*$", "");
        int slash = withoutDigest.lastIndexOf('/');
        int colon = withoutDigest.lastIndexOf(':');
        return colon > slash ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    /** A file name: readable start, and a hash of the whole key so different keys never share a file. */
    public String fileName() {
        String readable = (machine + "_" + world).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        if (readable.length() > 60) readable = readable.substring(0, 60);
        return readable + "_" + hash(machine + "\n" + world + "\n" + stack) + ".json";
    }

    @Override
    public String toString() {
        return "machine " + machine + ", world " + world + ", stack " + stack;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

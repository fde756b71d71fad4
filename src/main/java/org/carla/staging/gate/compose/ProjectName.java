package org.carla.staging.gate.compose;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compose project name of one gate run, chosen by the gate: {@code <project>-gate-h<host>-p<pid>-<random>}.
 * The owner's host (a hash of its name) and process id let the reaper tell a stack left by a killed run
 * (owner gone) from the stack of a run that is still alive (e.g. a concurrent CI job on other ports). A
 * process id means something only on the host that made it: a run in a container sharing the engine
 * through its socket has a host of its own, and its stacks are never judged from another one.
 */
public record ProjectName(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    /** A fresh name for a run of this process. */
    public static ProjectName forThisRun(String projectName) {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 6; i++) suffix.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return new ProjectName(ownerPrefix(projectName, ProcessHandle.current().pid()) + suffix);
    }

    /** What every project of one owning process on this host starts with. */
    public static String ownerPrefix(String projectName, long pid) {
        return prefix(projectName) + "h" + THIS_HOST + "-p" + pid + "-";
    }

    /** This host, as six hex digits of its name's hash (the name itself may be long or odd). */
    static final String THIS_HOST = hostHash(hostName());

    static String hostHash(String host) {
        return String.format("%06x", host.hashCode() & 0xFFFFFF);
    }

    private static String hostName() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).strip();
        } catch (java.io.IOException | RuntimeException e) {
            String env = System.getenv("HOSTNAME");
            return env == null ? "unknown-host" : env;
        }
    }

    /** What every gate-run project of this stack starts with, e.g. {@code carla-staging-gate-}. */
    public static String prefix(String projectName) {
        return projectName.toLowerCase(Locale.ROOT) + "-gate-";
    }

    /** Names of gate runs of this stack: with the owner's pid, or (older runs) a bare 6-character suffix. */
    static Pattern pattern(String projectName) {
        return Pattern.compile(Pattern.quote(prefix(projectName)) + "(?:h([0-9a-f]{6})-)?(?:p(\\d+)-)?[a-z0-9]{6}");
    }

    /** The owning process, when the name carries one. */
    public Optional<Long> ownerPid(String projectName) {
        Matcher m = pattern(projectName).matcher(value);
        if (!m.matches() || m.group(2) == null) return Optional.empty();
        return Optional.of(Long.parseLong(m.group(2)));
    }

    /**
     * Whether the run that owns this project may still be alive: it ran on another host (its pid says nothing
     * here), or its process is alive here. A name without a pid (older runs) has no owner to wait for.
     */
    boolean ownerMayBeAlive(String projectName, LongPredicate alive) {
        Matcher m = pattern(projectName).matcher(value);
        if (!m.matches()) return false;
        if (m.group(1) != null && !m.group(1).equals(THIS_HOST)) return true;
        return m.group(2) != null && alive.test(Long.parseLong(m.group(2)));
    }

    @Override
    public String toString() {
        return value;
    }
}

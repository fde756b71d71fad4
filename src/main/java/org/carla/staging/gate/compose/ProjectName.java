package org.carla.staging.gate.compose;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compose project name of one gate run, chosen by the gate: {@code <project>-gate-p<pid>-<random>}.
 * The owner's process id in the name lets the reaper tell a stack left by a killed run (owner gone) from
 * the stack of a run that is still alive on the same machine (e.g. a concurrent CI job on other ports).
 */
public record ProjectName(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    /** A fresh name for a run of this process. */
    public static ProjectName forThisRun(String projectName) {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 6; i++) suffix.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return new ProjectName(prefix(projectName) + "p" + ProcessHandle.current().pid() + "-" + suffix);
    }

    /** What every gate-run project of this stack starts with, e.g. {@code carla-staging-gate-}. */
    public static String prefix(String projectName) {
        return projectName.toLowerCase(Locale.ROOT) + "-gate-";
    }

    /** Names of gate runs of this stack: with the owner's pid, or (older runs) a bare 6-character suffix. */
    static Pattern pattern(String projectName) {
        return Pattern.compile(Pattern.quote(prefix(projectName)) + "(?:p(\\d+)-)?[a-z0-9]{6}");
    }

    /** The owning process, when the name carries one. */
    Optional<Long> ownerPid(String projectName) {
        Matcher m = pattern(projectName).matcher(value);
        if (!m.matches() || m.group(1) == null) return Optional.empty();
        return Optional.of(Long.parseLong(m.group(1)));
    }

    @Override
    public String toString() {
        return value;
    }
}

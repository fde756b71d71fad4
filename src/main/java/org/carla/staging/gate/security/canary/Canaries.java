package org.carla.staging.gate.security.canary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The secrets of one run, each under a label that says what it is without showing it. Thread-safe: the
 * run's HTTP observer adds passwords and tokens as they go by. A value too short or too common to be
 * told apart from ordinary text is kept aside with the reason.
 */
public final class Canaries {
    static final int MIN_LENGTH = 8;
    private static final Set<String> COMMON = Set.of("postgres", "password", "admin123", "changeme", "staging", "12345678",
            "carla_simulator_staging", "carla_simulator");

    private final Map<String, String> searchable = new LinkedHashMap<>();
    private final Map<String, String> unsearchable = new LinkedHashMap<>();

    /** Adds a secret; returns false when it cannot serve as a canary (too short or common). */
    public synchronized boolean add(String label, String value) {
        if (value == null || value.isEmpty() || searchable.containsValue(value)) return false;
        if (value.length() < MIN_LENGTH || COMMON.contains(value.toLowerCase(Locale.ROOT))) {
            unsearchable.putIfAbsent(label, value.length() < MIN_LENGTH ? "shorter than " + MIN_LENGTH + " characters"
                    : "a common default value ('" + value + "'), found everywhere: not a canary, and a finding of its own");
            return false;
        }
        searchable.putIfAbsent(label, value);
        return true;
    }

    /** Label → secret, a copy. */
    public synchronized Map<String, String> searchable() {
        return new LinkedHashMap<>(searchable);
    }

    /** Label → why it is not searched. */
    public synchronized Map<String, String> unsearchable() {
        return new LinkedHashMap<>(unsearchable);
    }

    /** The labels of every secret found in a text (never the secret itself). */
    public List<String> foundIn(String text) {
        List<String> found = new ArrayList<>();
        if (text == null || text.isEmpty()) return found;
        searchable().forEach((label, secret) -> {
            if (text.contains(secret)) found.add(label);
        });
        return found;
    }
}

package org.carla.staging.gate.prereq;

/** The outcome of one prerequisite check: what was found, and when it fails, what to do. */
public record Check(String name, boolean ok, String found, String fix) {
    public static Check pass(String name, String found) {
        return new Check(name, true, found, "");
    }

    public static Check fail(String name, String found, String fix) {
        return new Check(name, false, found, fix);
    }

    /** The assertion message: what is wrong and what to do. */
    public String explain() {
        return name + ": " + found + (ok ? "" : "\n  What to do: " + fix);
    }
}

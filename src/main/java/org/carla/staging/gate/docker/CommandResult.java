package org.carla.staging.gate.docker;

import java.util.List;

/** What one external command did: its words, exit code and output. */
public record CommandResult(List<String> command, int exitCode, String stdout, String stderr) {
    public boolean ok() {
        return exitCode == 0;
    }

    /** stderr, or stdout when stderr is empty: the part worth showing when the command failed. */
    public String complaint() {
        String text = stderr.isBlank() ? stdout : stderr;
        return text.strip();
    }

    public String describe() {
        return String.join(" ", command) + " exited " + exitCode + (complaint().isEmpty() ? "" : ": " + complaint());
    }
}

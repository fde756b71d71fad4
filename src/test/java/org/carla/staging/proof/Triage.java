package org.carla.staging.proof;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Why each failing test of the gate on the real upstream app fails: one line per defect,
 * {@code Class#method | pattern on the test's name or message | the defect, with upstream's file and line}.
 * A failure no line explains is untriaged: either a new defect of upstream or a bug of the gate.
 */
record Triage(List<Entry> entries) {
    static final String RESOURCE = "proof/upstream-triage.txt";

    record Entry(String test, Pattern pattern, String defect) {
        boolean explains(GateOutcome.Result result) {
            return result.test().startsWith(test)
                    && (pattern.matcher(result.displayName()).find() || pattern.matcher(result.message()).find());
        }
    }

    static Triage load() {
        try (InputStream in = Triage.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " missing from the test classpath");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Triage parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+\\|\\s+", 3); // spaces around the separator: patterns may hold a bare |
            if (parts.length != 3) throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": expected 'Class#method | pattern | defect'");
            entries.add(new Entry(parts[0], Pattern.compile(parts[1]), parts[2]));
        }
        return new Triage(List.copyOf(entries));
    }

    Optional<String> explain(GateOutcome.Result result) {
        return entries.stream().filter(e -> e.explains(result)).map(Entry::defect).findFirst();
    }
}

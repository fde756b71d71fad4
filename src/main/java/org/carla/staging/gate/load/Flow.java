package org.carla.staging.gate.load;

import java.util.List;

/**
 * What one iteration does: its steps in order, a later one free to use what an earlier one extracted
 * (login, then me, then reports with the token). A failed step ends the iteration, because the next
 * ones usually depend on it.
 */
public record Flow(String name, List<Step> steps) {
    public Flow {
        if (name == null || name.isBlank() || steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("a flow needs a name and at least one step, e.g. Flow.of(\"health\", Step.get(\"/health\"))");
        }
        steps = List.copyOf(steps);
    }

    public static Flow of(String name, Step... steps) {
        return new Flow(name, List.of(steps));
    }
}

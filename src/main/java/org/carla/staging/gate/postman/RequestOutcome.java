package org.carla.staging.gate.postman;

import java.util.List;

/**
 * One request of a collection run: where it sits (folder), what was sent, what came back, and which of
 * its tests failed. {@code requestError} is set when no response came (refused, timed out).
 */
public record RequestOutcome(String folder, String name, String method, String url, int status, long responseTimeMs,
                             int assertions, List<String> failedAssertions, String requestError) {

    public RequestOutcome {
        failedAssertions = List.copyOf(failedAssertions);
    }

    public boolean failed() {
        return !failedAssertions.isEmpty() || requestError != null;
    }

    /** "folder / name", as Postman shows it. */
    public String title() {
        return folder.isEmpty() ? name : folder + " / " + name;
    }

    /** One line: the request, its answer, and each failed test with its message. */
    public String cause() {
        String answer = requestError != null ? "no answer (" + requestError + ")" : method + " " + status + " in " + responseTimeMs + " ms";
        return title() + " [" + answer + "]" + (failedAssertions.isEmpty() ? "" : ": " + String.join("; ", failedAssertions));
    }
}

package org.carla.staging.gate.http;

import io.restassured.response.Response;
import java.util.Arrays;

/**
 * Checks the answer of a set-up call. A wrong status makes the test broken ("could not run this check"),
 * never failed: failed means a product defect the check is about, and nothing else.
 */
public final class Setup {
    private static final int BODY_LIMIT = 600;

    private Setup() {
    }

    /** The answer, when its status is one of {@code ok}; else a {@link SetupFailedException} naming route, status and body. */
    public static Response expect(Response response, String step, int... ok) {
        if (Arrays.stream(ok).anyMatch(s -> s == response.statusCode())) return response;
        throw new SetupFailedException("could not run this check: " + step + " failed: " + LastRequest.describe()
                + " answered " + response.statusCode() + " " + excerpt(response.asString()));
    }

    /** A set-up precondition that is not an HTTP status (e.g. a field missing in an answer). */
    public static <T> T require(T value, String step, String problem) {
        if (value == null) throw new SetupFailedException("could not run this check: " + step + " failed: " + problem);
        return value;
    }

    static String excerpt(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() <= BODY_LIMIT ? flat : flat.substring(0, BODY_LIMIT) + "…";
    }
}

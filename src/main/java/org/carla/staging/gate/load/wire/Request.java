package org.carla.staging.gate.load.wire;

import java.util.Map;

/**
 * What the HTTP client needs of a request: the model's {@code Step} is one. Path, header values and body may
 * hold {@code ${variables}}, filled in when it is sent. The client says what came back; whether a status
 * counts as success is the model's to judge.
 */
public interface Request {
    String method();

    /** Relative to the base URL, starting with '/'. */
    String path();

    Map<String, String> headers();

    /** Null for none. */
    String body();

    /** True when the answer's body is wanted (something is taken out of it); otherwise it is only counted. */
    boolean keepsBody();
}

package org.carla.staging.gate.load;

/** A threshold expression that does not parse; the message quotes it, says what is wrong and shows a valid one. */
public final class ThresholdSyntaxException extends IllegalArgumentException {
    static final String EXAMPLE = "http_req_duration{endpoint:/api/scenarios}: p(95)<1000, p(99)<1500";

    ThresholdSyntaxException(String text, String problem) {
        super("cannot parse threshold \"" + text + "\": " + problem + ". Example of a valid one: " + EXAMPLE);
    }
}

package org.carla.staging.gate.load;

/**
 * A threshold applied to a result, with the figure it measured.
 *
 * @param measured the figure (ms, rate, count ...), NaN when there was nothing to measure
 * @param shown    the figure as the message prints it ("1234.5ms"), or why there is none
 */
public record ThresholdVerdict(Threshold threshold, double measured, boolean passed, String shown) {

    /** e.g. {@code http_req_duration{endpoint:/api/scenarios} p(95)=1234.5ms violates p(95)<1000}. */
    public String message() {
        String figure = Double.isNaN(measured) ? threshold.aggregation() + ": " + shown
                : threshold.aggregation() + "=" + shown;
        return threshold.subject() + " " + figure + (passed ? " satisfies " : " violates ") + threshold.condition();
    }

    @Override
    public String toString() {
        return message();
    }
}

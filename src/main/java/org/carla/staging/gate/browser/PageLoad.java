package org.carla.staging.gate.browser;

import java.net.URI;
import java.util.List;

/**
 * One cold load as the browser measured it. Times are milliseconds on the page's own clock, whose origin
 * is navigation start ({@code startTime}, 0 for a navigation): the Navigation Timing Level 2 entry's
 * fields, and {@code timeToSelector}, the {@code performance.now()} at which the awaited selector first
 * matched an element with non-empty text.
 */
public record PageLoad(URI url, double startTime, double responseStart, double domContentLoadedEventEnd,
        double loadEventEnd, double duration, long transferSize, double timeToSelector, List<String> texts) {

    public PageLoad {
        texts = List.copyOf(texts);
    }

    /** Time to first byte. */
    public double ttfb() {
        return responseStart - startTime;
    }

    /** The document came over the network, not from a cache (a cached document has transferSize 0). */
    public boolean cold() {
        return transferSize > 0;
    }
}

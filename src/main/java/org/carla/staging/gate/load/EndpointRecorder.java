package org.carla.staging.gate.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Figures of one endpoint while a plan runs. Users write through a {@link Recorder} (wait-free); only the
 * collector thread drains it into the cumulative histogram, which is what HdrHistogram's recorder is for.
 */
final class EndpointRecorder {
    /** Microseconds; anything slower is recorded as 60 s (the request timeout should be far below). */
    static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(60);
    static final int DIGITS = 3;
    /** Distinct failure reasons kept per endpoint, so a flood of unique messages cannot grow memory. */
    private static final int MAX_REASONS = 20;

    private final String endpoint;
    private final Recorder recorder = new Recorder(1, HIGHEST_MICROS, DIGITS);
    private final Histogram cumulative = new Histogram(1, HIGHEST_MICROS, DIGITS);
    private final LongAdder requests = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final Map<String, LongAdder> reasons = new ConcurrentHashMap<>();
    private Histogram interval;
    private final BlockSamples blocks = new BlockSamples();

    EndpointRecorder(String endpoint) {
        this.endpoint = endpoint;
    }

    String endpoint() {
        return endpoint;
    }

    /** @param block the time block the request started in, or -1 when the plan keeps no blocks */
    void record(long micros, long bytesReceived, String failure, int block) {
        long clamped = Math.max(1, Math.min(micros, HIGHEST_MICROS));
        recorder.recordValue(clamped);
        if (block >= 0) blocks.add(block, (int) clamped);
        requests.increment();
        bytes.add(bytesReceived);
        if (failure != null) {
            failures.increment();
            LongAdder count = reasons.get(failure);
            if (count == null && reasons.size() < MAX_REASONS) {
                count = reasons.computeIfAbsent(failure, r -> new LongAdder());
            }
            (count != null ? count : reasons.computeIfAbsent("other failures", r -> new LongAdder())).increment();
        }
    }

    /** Moves what users recorded since the last call into the cumulative histogram; collector thread only. */
    synchronized Histogram drain() {
        interval = recorder.getIntervalHistogram(interval);
        cumulative.add(interval);
        return cumulative;
    }

    long requests() {
        return requests.sum();
    }

    long failures() {
        return failures.sum();
    }

    synchronized EndpointStats snapshot(double seconds, double blockSeconds) {
        drain();
        Map<String, Long> why = new LinkedHashMap<>();
        reasons.forEach((reason, count) -> why.put(reason, count.sum()));
        return new EndpointStats(endpoint, cumulative.copy(), requests.sum(), failures.sum(), bytes.sum(), seconds, why,
                blocks.summarize(blockSeconds));
    }
}

package org.carla.staging.gate.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * Everything one plan's run measures. Samples from before the warm-up end are dropped here, in one place,
 * so drivers never need to know about warm-up.
 */
final class Recording {
    private final long measureFromNanos;
    private final long blockNanos;
    private final Map<String, EndpointRecorder> endpoints = new ConcurrentHashMap<>();
    private final LongAdder iterations = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder late = new LongAdder();
    private final Map<String, LongAdder> sentByEndpoint = new ConcurrentHashMap<>();
    private final AtomicInteger busyUsers = new AtomicInteger();
    private final AtomicInteger peakUsers = new AtomicInteger();

    /** @param blockNanos zero: no time blocks; else the length of each endpoint's latency blocks */
    Recording(long measureFromNanos, long blockNanos) {
        this.measureFromNanos = measureFromNanos;
        this.blockNanos = blockNanos;
    }

    boolean measured(long startNanos) {
        return startNanos - measureFromNanos >= 0;
    }

    void request(String endpoint, long startNanos, long endNanos, long bytes, String failure) {
        sentByEndpoint.computeIfAbsent(endpoint, e -> new LongAdder()).increment();
        if (measured(startNanos)) {
            int block = blockNanos == 0 ? -1 : (int) ((startNanos - measureFromNanos) / blockNanos);
            endpoints.computeIfAbsent(endpoint, EndpointRecorder::new).record((endNanos - startNanos) / 1_000, bytes, failure, block);
        }
    }

    void iterationDone(long intendedStartNanos) {
        if (measured(intendedStartNanos)) {
            iterations.increment();
        }
    }

    void dropped(long intendedStartNanos) {
        if (measured(intendedStartNanos)) {
            dropped.increment();
        }
    }

    void late(long intendedStartNanos) {
        if (measured(intendedStartNanos)) {
            late.increment();
        }
    }

    void userBusy() {
        peakUsers.accumulateAndGet(busyUsers.incrementAndGet(), Math::max);
    }

    void userIdle() {
        busyUsers.decrementAndGet();
    }

    int busyUsers() {
        return busyUsers.get();
    }

    long sent() {
        // Read every few seconds by the progress log; the per-request path keeps one counter (per endpoint).
        return sentByEndpoint.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Overall histogram so far, for the progress line. */
    Histogram drainOverall() {
        Histogram all = new Histogram(1, EndpointRecorder.HIGHEST_MICROS, EndpointRecorder.DIGITS);
        endpoints.values().forEach(e -> all.add(e.drain()));
        return all;
    }

    long failures() {
        return endpoints.values().stream().mapToLong(EndpointRecorder::failures).sum();
    }

    long requests() {
        return endpoints.values().stream().mapToLong(EndpointRecorder::requests).sum();
    }

    LoadResult result(LoadPlan plan, double measuredSeconds) {
        List<EndpointStats> stats = new ArrayList<>();
        double blockSeconds = blockNanos / 1e9;
        endpoints.values().forEach(e -> stats.add(e.snapshot(measuredSeconds, blockSeconds)));
        stats.sort((a, b) -> a.endpoint().compareTo(b.endpoint()));
        int vus = plan.model() == Model.CLOSED ? plan.virtualUsers() : peakUsers.get();
        Map<String, Long> sentCounts = new java.util.TreeMap<>();
        sentByEndpoint.forEach((endpoint, count) -> sentCounts.put(endpoint, count.sum()));
        return new LoadResult(plan, measuredSeconds, EndpointStats.overall(stats, measuredSeconds), stats,
                iterations.sum(), dropped.sum(), late.sum(), vus, plan.usersMax(), sentCounts);
    }
}

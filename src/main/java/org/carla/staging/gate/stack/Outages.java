package org.carla.staging.gate.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The gate's own, deliberate disturbances of the stack in this run (e.g. the live alert test pausing the
 * backend), so that checks judging the whole run (every scrape target up all run long) leave them out
 * instead of reporting the gate's own doing as a product defect.
 */
public final class Outages {
    /** One deliberate outage of a service, from when it was caused to when the stack was whole again. */
    public record Outage(String service, Instant from, Instant to) {
    }

    private final List<Outage> outages = new ArrayList<>();

    public static Outages of(GateRun run) {
        return run.service(Outages.class, r -> new Outages());
    }

    public synchronized void record(String service, Instant from, Instant to) {
        outages.add(new Outage(service, from, to));
    }

    public synchronized List<Outage> all() {
        return List.copyOf(outages);
    }

    /**
     * The parts of [from, to] no outage covers, in order, each outage counted from {@code lead} before it began: a
     * check reading samples stamped with the start of what they measure (a Prometheus scrape: its start) loses the
     * ones already under way when the outage began, so it gives one scrape interval.
     */
    public synchronized List<Instant[]> clearWindows(Instant from, Instant to, Duration lead) {
        List<Instant[]> windows = new ArrayList<>();
        Instant start = from;
        for (Outage outage : outages.stream().sorted(java.util.Comparator.comparing(Outage::from)).toList()) {
            Instant begins = outage.from().minus(lead);
            if (outage.to().isBefore(start) || begins.isAfter(to)) continue;
            if (begins.isAfter(start)) windows.add(new Instant[] {start, begins});
            if (outage.to().isAfter(start)) start = outage.to();
        }
        if (start.isBefore(to)) windows.add(new Instant[] {start, to});
        return windows;
    }
}

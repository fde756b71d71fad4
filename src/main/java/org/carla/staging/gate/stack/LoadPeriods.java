package org.carla.staging.gate.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When the gate's own load levels ran in this run, so a check that judges the whole run can say what the gate
 * was doing at a moment it names (a scrape target down while 50 users hammered the app is a different finding
 * from one down on an idle stack).
 */
public final class LoadPeriods {
    /** What a queued app may still be working off after a level ends (the load's request timeout, at most). */
    static final Duration DRAIN = Duration.ofSeconds(15);

    /** One load level of this run, from its first user to its last answer. */
    public record Period(String level, int users, Instant from, Instant to) {
        @Override
        public String toString() {
            return level + " (" + users + " users) " + from + " .. " + to;
        }
    }

    private final List<Period> periods = new ArrayList<>();

    public static LoadPeriods of(GateRun run) {
        return run.service(LoadPeriods.class, r -> new LoadPeriods());
    }

    public synchronized void record(String level, int users, Instant from, Instant to) {
        periods.add(new Period(level, users, from, to));
    }

    public synchronized List<Period> all() {
        return List.copyOf(periods);
    }

    /** What the gate's load was doing at {@code moment}, in words a triage line can match. */
    public synchronized String describe(Instant moment) {
        for (Period p : periods) {
            if (!moment.isBefore(p.from()) && !moment.isAfter(p.to())) {
                return "during load level " + p.level() + " (" + p.users() + " users)";
            }
        }
        return periods.stream().filter(p -> moment.isAfter(p.to()) && !moment.isAfter(p.to().plus(DRAIN)))
                .max(Comparator.comparing(Period::to))
                .map(p -> Duration.between(p.to(), moment).toSeconds() + " s after load level " + p.level() + " (" + p.users() + " users)")
                .orElse("while no gate load level ran");
    }
}

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
    /**
     * One load level of this run, from its first user to its last answer; {@code drain} is how long the app may
     * still be working off its queue after that (the load's request timeout: no client waits longer).
     */
    public record Period(String level, int users, Instant from, Instant to, Duration drain) {
        @Override
        public String toString() {
            return level + " (" + users + " users) " + from + " .. " + to;
        }
    }

    private final List<Period> periods = new ArrayList<>();

    public static LoadPeriods of(GateRun run) {
        return run.service(LoadPeriods.class, r -> new LoadPeriods());
    }

    public synchronized void record(String level, int users, Instant from, Instant to, Duration drain) {
        periods.add(new Period(level, users, from, to, drain));
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
        return periods.stream().filter(p -> moment.isAfter(p.to()) && !moment.isAfter(p.to().plus(p.drain())))
                .max(Comparator.comparing(Period::to))
                .map(p -> Duration.between(p.to(), moment).toSeconds() + " s after load level " + p.level() + " (" + p.users() + " users)")
                .orElse("while no gate load level ran");
    }
}

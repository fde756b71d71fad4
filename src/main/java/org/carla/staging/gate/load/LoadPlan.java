package org.carla.staging.gate.load;

import java.time.Duration;
import java.util.Locale;

/**
 * One load level, immutable. Build it with {@link #closed} or {@link #open}; the builder validates on
 * {@code build()} and every error names the setting and a valid value.
 *
 * @param virtualUsers   closed: the users looping; open: ignored (see {@code maxVirtualUsers})
 * @param ratePerSecond  open: iterations started per second
 * @param maxVirtualUsers open: iterations allowed in flight; when all are busy the next one waits up to
 *                       {@code maxStartDelay}, then is dropped
 * @param rampUp         closed: users start evenly spread over this time
 * @param warmUp         requests that start before this is over are not in the figures
 * @param lateTolerance  open: an iteration starting later than this after its slot counts as late
 * @param maxStartDelay  open: an iteration that cannot start within this of its slot is dropped (zero: k6's
 *                       behaviour, dropped as soon as no user is free)
 * @param blockLength    zero: none; else each endpoint also keeps its latencies per time block of this length
 *                       (from the warm-up's end), for comparisons that must see the noise over time
 */
public record LoadPlan(String name, Model model, int virtualUsers, double ratePerSecond, int maxVirtualUsers,
                       Duration duration, Duration rampUp, Duration warmUp, Duration requestTimeout,
                       Duration lateTolerance, Duration maxStartDelay, Duration progressInterval, Scenario scenario,
                       Duration blockLength) {

    public LoadPlan {
        require(name != null && !name.isBlank(), "name", "a label such as \"50 users\"");
        require(scenario != null, "scenario", "Scenario.of(Flow.of(\"health\", Step.get(\"/health\")))");
        require(positive(duration), "duration", "Duration.ofSeconds(30)");
        require(!rampUp.isNegative() && !warmUp.isNegative(), "rampUp/warmUp", "zero or more");
        require(warmUp.compareTo(duration) < 0, "warmUp", "shorter than the duration (" + duration + ")");
        require(positive(requestTimeout), "requestTimeout", "Duration.ofSeconds(10)");
        require(positive(progressInterval), "progressInterval", "Duration.ofSeconds(5)");
        require(blockLength != null && !blockLength.isNegative(), "blocks", "Duration.ofSeconds(1), or zero for none");
        if (model == Model.CLOSED) {
            require(virtualUsers > 0, "users", "1 or more");
        } else {
            require(ratePerSecond > 0, "rate", "iterations per second > 0, e.g. rate(100)");
            require(maxVirtualUsers > 0, "maxUsers", "1 or more, enough to hold rate x latency in flight");
            require(!lateTolerance.isNegative() && !maxStartDelay.isNegative(), "lateTolerance/maxStartDelay", "zero or more");
        }
    }

    public static Builder closed(String name, Scenario scenario) {
        return new Builder(name, Model.CLOSED, scenario);
    }

    public static Builder open(String name, Scenario scenario) {
        return new Builder(name, Model.OPEN, scenario);
    }

    /** What the charts put on the x axis: "50 VUs" or "100 it/s". */
    public String levelLabel() {
        return model == Model.CLOSED ? virtualUsers + " VUs"
                : String.format(Locale.ROOT, "%s it/s", ratePerSecond % 1 == 0 ? String.valueOf((long) ratePerSecond) : String.valueOf(ratePerSecond));
    }

    /** The most users in flight at once: {@code vus_max}. */
    public int usersMax() {
        return model == Model.CLOSED ? virtualUsers : maxVirtualUsers;
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }

    private static void require(boolean ok, String setting, String example) {
        if (!ok) {
            throw new IllegalArgumentException("load plan setting '" + setting + "' is invalid; use " + example);
        }
    }

    public static final class Builder {
        private final String name;
        private final Model model;
        private final Scenario scenario;
        private int users = 1;
        private double rate;
        private int maxUsers = 100;
        private Duration duration = Duration.ofSeconds(30);
        private Duration rampUp = Duration.ZERO;
        private Duration warmUp = Duration.ZERO;
        private Duration requestTimeout = Duration.ofSeconds(10);
        private Duration lateTolerance = Duration.ofMillis(50);
        private Duration maxStartDelay = Duration.ofSeconds(1);
        private Duration progressInterval = Duration.ofSeconds(5);
        private Duration blockLength = Duration.ZERO;

        private Builder(String name, Model model, Scenario scenario) {
            this.name = name;
            this.model = model;
            this.scenario = scenario;
        }

        public Builder users(int count) {
            this.users = count;
            return this;
        }

        public Builder rate(double perSecond) {
            this.rate = perSecond;
            return this;
        }

        public Builder maxUsers(int count) {
            this.maxUsers = count;
            return this;
        }

        public Builder duration(Duration d) {
            this.duration = d;
            return this;
        }

        public Builder rampUp(Duration d) {
            this.rampUp = d;
            return this;
        }

        public Builder warmUp(Duration d) {
            this.warmUp = d;
            return this;
        }

        public Builder requestTimeout(Duration d) {
            this.requestTimeout = d;
            return this;
        }

        public Builder lateTolerance(Duration d) {
            this.lateTolerance = d;
            return this;
        }

        public Builder maxStartDelay(Duration d) {
            this.maxStartDelay = d;
            return this;
        }

        public Builder progressInterval(Duration d) {
            this.progressInterval = d;
            return this;
        }

        /** Keep each endpoint's latencies per time block of this length too (see {@link EndpointStats#blocks()}). */
        public Builder blocks(Duration length) {
            this.blockLength = length;
            return this;
        }

        public LoadPlan build() {
            return new LoadPlan(name, model, users, rate, maxUsers, duration, rampUp, warmUp, requestTimeout,
                    lateTolerance, maxStartDelay, progressInterval, scenario, blockLength);
        }
    }
}

package org.carla.staging.gate.load;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line every few seconds while a plan runs, so a long level visibly progresses (or visibly fails). */
final class ProgressLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);

    private final LoadPlan plan;
    private final Recording recording;
    private final long startNanos;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(Schedule.threads("load-progress"));
    private long lastSent;
    private long lastTick;

    private ProgressLog(LoadPlan plan, Recording recording, long startNanos) {
        this.plan = plan;
        this.recording = recording;
        this.startNanos = startNanos;
        this.lastTick = startNanos;
    }

    static ProgressLog start(LoadPlan plan, Recording recording, long startNanos) {
        ProgressLog log = new ProgressLog(plan, recording, startNanos);
        long every = plan.progressInterval().toMillis();
        log.ticker.scheduleAtFixedRate(log::tick, every, every, TimeUnit.MILLISECONDS);
        return log;
    }

    private void tick() {
        long now = System.nanoTime();
        long sent = recording.sent();
        double rps = (sent - lastSent) / ((now - lastTick) / 1e9);
        lastSent = sent;
        lastTick = now;
        Histogram all = recording.drainOverall();
        String p95 = all.getTotalCount() == 0 ? "-" : String.format(Locale.ROOT, "%.1fms", all.getValueAtPercentile(95) / 1000.0);
        String phase = recording.measured(now) ? "" : " (warm-up)";
        LOG.info(String.format(Locale.ROOT, "load [%s] %.0fs/%ds%s vus=%d requests=%d rps=%.1f p95=%s errors=%d",
                plan.name(), (now - startNanos) / 1e9, plan.duration().toSeconds(), phase, recording.busyUsers(), sent, rps,
                p95, recording.failures()));
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}

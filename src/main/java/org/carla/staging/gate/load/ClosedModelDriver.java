package org.carla.staging.gate.load;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.carla.staging.gate.load.wire.Transport;
import org.carla.staging.gate.load.wire.TransportKind;

/**
 * N users on N platform threads, each looping iterations back to back until the end. With a ramp, user i
 * joins at {@code rampUp * i / N}. Latency is timed from when a request really starts: a closed model
 * cannot see the requests a stalled server prevented, which is why the open model exists. Each user keeps
 * its own connection for the whole run. Used with {@link TransportKind#SOCKET} and {@link TransportKind#JDK};
 * the default {@link TransportKind#EVENT_LOOP} runs the same model on {@link EventLoopDriver}.
 */
final class ClosedModelDriver implements Driver {
    @Override
    public void drive(LoadPlan plan, IterationRunner runner, Recording recording, long startNanos, long endNanos)
            throws InterruptedException {
        int users = plan.virtualUsers();
        ExecutorService pool = Executors.newFixedThreadPool(users, Schedule.threads("load-vu"));
        long ramp = plan.rampUp().toNanos();
        for (int i = 0; i < users; i++) {
            long joinAt = startNanos + ramp * i / users;
            pool.execute(() -> loop(runner, recording, joinAt, endNanos));
        }
        Schedule.finish(pool, endNanos + Driver.graceNanos(plan));
    }

    private static void loop(IterationRunner runner, Recording recording, long joinAt, long endNanos) {
        Schedule.parkUntil(joinAt);
        recording.userBusy();
        try (Transport.Connection connection = runner.connection()) {
            long now;
            while ((now = System.nanoTime()) - endNanos < 0 && !Thread.currentThread().isInterrupted()) {
                runner.run(connection, now, endNanos);
            }
        } finally {
            recording.userIdle();
        }
    }
}

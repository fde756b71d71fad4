package org.carla.staging.gate.load;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.carla.staging.gate.load.wire.Transport;

/**
 * Constant arrival rate. Iteration k is due at {@code start + k / rate} whatever happened before (wrk2's
 * fixed schedule), and its latency is timed from that slot, so time spent waiting for a free user counts
 * (no coordinated omission). An iteration that starts more than the tolerance after its slot is late; one
 * that cannot get a user within {@code maxStartDelay} is dropped (k6's {@code dropped_iterations}). A free
 * user comes with its connection: connections are pooled with the users, so there are never more than
 * {@code maxVirtualUsers} of them and a connection is reused by whichever thread runs the next iteration.
 */
final class OpenModelDriver implements Driver {
    @Override
    public void drive(LoadPlan plan, IterationRunner runner, Recording recording, long startNanos, long endNanos)
            throws InterruptedException {
        int maxUsers = plan.maxVirtualUsers();
        Semaphore freeUsers = new Semaphore(maxUsers);
        // The semaphore bounds the work in flight, so the queue never holds more than a hand-over.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(maxUsers, maxUsers, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), Schedule.threads("load-vu"));
        pool.allowCoreThreadTimeOut(true);
        double periodNanos = 1e9 / plan.ratePerSecond();
        long tolerance = plan.lateTolerance().toNanos();
        long maxDelay = plan.maxStartDelay().toNanos();
        Queue<Transport.Connection> idle = new ConcurrentLinkedQueue<>();
        try {
            for (long k = 0; ; k++) {
                long due = startNanos + (long) (k * periodNanos);
                if (due - endNanos >= 0) {
                    break;
                }
                Schedule.parkUntil(due);
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("open model dispatcher interrupted");
                }
                long wait = Math.max(0, due + maxDelay - System.nanoTime());
                if (!freeUsers.tryAcquire(wait, TimeUnit.NANOSECONDS)) {
                    recording.dropped(due);
                    continue;
                }
                pool.execute(() -> iteration(runner, recording, freeUsers, idle, due, tolerance, endNanos));
            }
        } finally {
            Schedule.finish(pool, endNanos + Driver.graceNanos(plan));
            idle.forEach(Transport.Connection::close);
        }
    }

    private static void iteration(IterationRunner runner, Recording recording, Semaphore freeUsers,
                                  Queue<Transport.Connection> idle, long due, long tolerance, long endNanos) {
        recording.userBusy();
        Transport.Connection connection = idle.poll();
        try {
            if (connection == null) {
                connection = runner.connection();
            }
            if (System.nanoTime() - due > tolerance) {
                recording.late(due);
            }
            runner.run(connection, due, endNanos);
        } finally {
            if (connection != null) {
                idle.offer(connection); // before the permit: never more connections than users
            }
            recording.userIdle();
            freeUsers.release();
        }
    }
}

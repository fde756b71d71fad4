package org.carla.staging.gate.load;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/** Waiting for points in time and for users to finish, always bounded. */
final class Schedule {
    private Schedule() {
    }

    /** Parks until {@code nanoTime() >= deadline}; returns early only if interrupted. */
    static void parkUntil(long deadlineNanos) {
        long left;
        while ((left = deadlineNanos - System.nanoTime()) > 0 && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(left);
        }
    }

    /** Lets running iterations end by themselves until the deadline, then interrupts what is left. */
    static void finish(ExecutorService users, long deadlineNanos) throws InterruptedException {
        users.shutdown();
        if (!users.awaitTermination(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            users.shutdownNow();
        }
    }

    static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

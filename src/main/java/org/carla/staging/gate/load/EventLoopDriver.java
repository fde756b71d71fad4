package org.carla.staging.gate.load;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The closed model on a few event-loop threads ({@link TransportKind#EVENT_LOOP}): user i joins at
 * {@code rampUp * i / N} on loop {@code i mod loops}. One loop per two cores, so that on a small machine the
 * generator leaves the server under test most of the CPU (bench/RESULTS.md: on 2 cores one loop drove nginx
 * faster than two). {@code http://} only.
 */
final class EventLoopDriver {
    private final RequestEncoder encoder;
    private final InetSocketAddress address;

    EventLoopDriver(URI baseUri) {
        this.encoder = new RequestEncoder(baseUri);
        this.address = Transport.socketAddress(baseUri);
    }

    static int loops(int users) {
        return Math.max(1, Math.min(users, Runtime.getRuntime().availableProcessors() / 2));
    }

    void drive(LoadPlan plan, Recording recording, long startNanos, long endNanos) throws InterruptedException {
        int users = plan.virtualUsers();
        long abortNanos = endNanos + Driver.graceNanos(plan);
        List<EventLoop> loops = new ArrayList<>();
        for (int i = 0; i < loops(users); i++) {
            loops.add(new EventLoop(plan, recording, encoder, address, endNanos, abortNanos));
        }
        long ramp = plan.rampUp().toNanos();
        for (int i = 0; i < users; i++) {
            loops.get(i % loops.size()).add(startNanos + ramp * i / users);
        }
        AtomicReference<Throwable> crash = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        ThreadFactory factory = Schedule.threads("load-loop");
        for (EventLoop loop : loops) {
            Thread thread = factory.newThread(loop);
            thread.setUncaughtExceptionHandler((t, failure) -> crash.compareAndSet(null, failure));
            threads.add(thread);
            thread.start();
        }
        try {
            for (Thread thread : threads) {
                thread.join(); // each loop returns by the abort time at the latest
            }
        } finally {
            loops.forEach(EventLoop::stop); // on interruption: the loops close their users and return
            for (Thread thread : threads) {
                thread.join(1_000);
            }
        }
        if (crash.get() != null) {
            throw new IllegalStateException("the load's event loop failed: " + crash.get().getMessage(), crash.get());
        }
    }
}

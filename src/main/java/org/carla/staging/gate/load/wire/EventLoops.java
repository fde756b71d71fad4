package org.carla.staging.gate.load.wire;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Users on a few event-loop threads ({@link TransportKind#EVENT_LOOP}): user i runs on loop {@code i mod loops}.
 * One loop per two cores, so that on a small machine the generator leaves the server under test most of the
 * CPU (bench/RESULTS.md: on 2 cores one loop drove nginx faster than two). {@code http://} only; the address is
 * resolved once.
 */
public final class EventLoops {
    /** One user: when it starts sending, and what it says. */
    public record User(long joinAtNanos, Conversation conversation) {
    }

    private final RequestEncoder encoder;
    private final InetSocketAddress address;
    private final Duration timeout;
    private final ThreadFactory threads;

    /** @param threads makes the loops' threads, so the caller names them like its others */
    public EventLoops(URI baseUri, Duration timeout, ThreadFactory threads) {
        this.encoder = new RequestEncoder(baseUri);
        this.address = Transport.socketAddress(baseUri);
        this.timeout = timeout;
        this.threads = threads;
    }

    /** How many loops carry this many users. */
    public static int loops(int users) {
        return Math.max(1, Math.min(users, Runtime.getRuntime().availableProcessors() / 2));
    }

    /**
     * Runs the users until each has ended; on interruption the loops close their users and return.
     *
     * @param users      in the order they join
     * @param endNanos   no request starts after this
     * @param abortNanos requests still in flight then are dropped
     */
    public void run(List<User> users, long endNanos, long abortNanos) throws InterruptedException {
        List<EventLoop> loops = new ArrayList<>();
        for (int i = 0; i < loops(users.size()); i++) {
            loops.add(new EventLoop(encoder, address, timeout, endNanos, abortNanos));
        }
        for (int i = 0; i < users.size(); i++) {
            loops.get(i % loops.size()).add(users.get(i).joinAtNanos(), users.get(i).conversation());
        }
        AtomicReference<Throwable> crash = new AtomicReference<>();
        List<Thread> running = new ArrayList<>();
        for (EventLoop loop : loops) {
            Thread thread = threads.newThread(loop);
            thread.setUncaughtExceptionHandler((t, failure) -> crash.compareAndSet(null, failure));
            running.add(thread);
            thread.start();
        }
        try {
            for (Thread thread : running) {
                thread.join(); // each loop returns by the abort time at the latest
            }
        } finally {
            loops.forEach(EventLoop::stop); // on interruption: the loops close their users and return
            for (Thread thread : running) {
                thread.join(1_000);
            }
        }
        if (crash.get() != null) {
            throw new IllegalStateException("the load's event loop failed: " + crash.get().getMessage(), crash.get());
        }
    }
}

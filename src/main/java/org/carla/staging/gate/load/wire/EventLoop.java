package org.carla.staging.gate.load.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One thread's share of the users ({@link ChannelUser}), multiplexed on one selector as wrk does: a pass
 * starts the users due to join, sends what queued users want to send, waits for the sockets (never longer
 * than the next join or deadline sweep), and hands each ready socket to its user. Requests are timed on this
 * thread, so a busy loop adds its own delay to the figures the way wrk's does; that is why
 * {@link EventLoops} keeps the loops few and the users light.
 */
final class EventLoop implements Runnable {
    /** How often deadlines are checked: the precision of a timeout, not a cost per request. */
    private static final long SWEEP_NANOS = 10_000_000L;

    private final Selector selector;
    private final EncodedRequests requests;
    private final InetSocketAddress address;
    private final long timeoutNanos;
    private final String timeoutText;
    private final long endNanos;
    private final long abortNanos;
    private final List<ChannelUser> users = new ArrayList<>();
    private final ArrayDeque<ChannelUser> queue = new ArrayDeque<>();
    private volatile boolean stopping;
    private int nextToJoin;
    private int finished;

    /**
     * @param endNanos   no request starts after this
     * @param abortNanos requests still in flight then are dropped and the loop ends
     */
    EventLoop(RequestEncoder encoder, InetSocketAddress address, Duration timeout, long endNanos, long abortNanos) {
        try {
            this.selector = Selector.open();
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot open a selector for the load's event loop", failed);
        }
        this.requests = new EncodedRequests(encoder);
        this.address = address;
        this.timeoutNanos = timeout.toNanos();
        this.timeoutText = Exchange.timeoutText(timeout);
        this.endNanos = endNanos;
        this.abortNanos = abortNanos;
    }

    /** Before the loop runs: users must be added in the order they join. */
    void add(long joinAtNanos, Conversation conversation) {
        users.add(new ChannelUser(this, joinAtNanos, conversation));
    }

    /** From any thread: the loop closes its users and returns at its next pass. */
    void stop() {
        stopping = true;
        selector.wakeup();
    }

    @Override
    public void run() {
        long nextSweep = System.nanoTime() + SWEEP_NANOS;
        try {
            while (!stopping) {
                long now = System.nanoTime();
                joinDueUsers(now);
                for (int n = queue.size(); n > 0; n--) { // only those queued before this pass: the rest wait for the selector's news
                    queue.poll().proceed();
                }
                if (finished == users.size() || now - abortNanos >= 0) {
                    return;
                }
                if (now - nextSweep >= 0) {
                    users.forEach(user -> user.expireIfLate(now));
                    nextSweep = now + SWEEP_NANOS;
                }
                select(queue.isEmpty() ? Math.min(nextSweep, nextJoin(now)) - now : 0);
            }
        } finally {
            users.forEach(ChannelUser::finish);
            try {
                selector.close();
            } catch (IOException ignored) {
                // The channels are closed already; nothing else holds the selector.
            }
        }
    }

    EncodedRequests requests() {
        return requests;
    }

    InetSocketAddress address() {
        return address;
    }

    Selector selector() {
        return selector;
    }

    long timeoutNanos() {
        return timeoutNanos;
    }

    String timeoutText() {
        return timeoutText;
    }

    long endNanos() {
        return endNanos;
    }

    /** A user with something to do on the next pass. */
    void schedule(ChannelUser user) {
        queue.add(user);
    }

    /** A user ended; the loop returns once all have. */
    void finished() {
        finished++;
    }

    private void joinDueUsers(long now) {
        boolean over = now - endNanos >= 0;
        for (; nextToJoin < users.size() && (over || now - users.get(nextToJoin).joinAtNanos() >= 0); nextToJoin++) {
            if (over) {
                users.get(nextToJoin).finish(); // the run ended before its turn came
            } else {
                users.get(nextToJoin).join();
            }
        }
    }

    private long nextJoin(long now) {
        return nextToJoin < users.size() ? users.get(nextToJoin).joinAtNanos() : now + SWEEP_NANOS;
    }

    private void select(long waitNanos) {
        try {
            if (waitNanos <= 0) {
                selector.selectNow();
            } else {
                selector.select(Math.max(1, waitNanos / 1_000_000));
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("the load's event loop lost its selector", failed);
        }
        Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
        while (ready.hasNext()) {
            SelectionKey key = ready.next();
            ready.remove();
            if (key.isValid()) {
                ((ChannelUser) key.attachment()).ready();
            }
        }
    }
}

package org.carla.staging.gate.load.wire;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One user as a state machine on an {@link EventLoop}: it sends what its {@link Conversation} asks for, back to
 * back, over its own non-blocking keep-alive connection and never blocks, so a couple of threads carry any
 * number of users. Its connection rules are the blocking {@link SocketConnection}'s: a request is written whole,
 * the answer parsed by a {@link ResponseParser}, the connection closed when the server asks or anything fails,
 * one retry as {@link Exchange#worthRetrying} says, and a deadline over the whole request.
 */
final class ChannelUser {
    private enum Phase { WAITING, READY, CONNECTING, WRITING, READING, DONE }

    private final EventLoop loop;
    private final long joinAtNanos;
    private final Conversation conversation;
    private final ResponseParser parser = new ResponseParser();
    private final ByteBuffer readBuffer = ByteBuffer.wrap(parser.buffer());
    private Phase phase = Phase.WAITING;
    private SocketChannel channel;
    private SelectionKey key;
    private Request request;
    private ByteBuffer requestBytes;
    private long deadlineNanos;
    private int attempt;
    private boolean reused;

    ChannelUser(EventLoop loop, long joinAtNanos, Conversation conversation) {
        this.loop = loop;
        this.joinAtNanos = joinAtNanos;
        this.conversation = conversation;
    }

    long joinAtNanos() {
        return joinAtNanos;
    }

    /** Busy from now on; its first request leaves on the loop's next pass. */
    void join() {
        conversation.joined();
        phase = Phase.READY;
        loop.schedule(this);
    }

    /** Sends the conversation's next request; nothing new starts after the end of the run. */
    void proceed() {
        long now = System.nanoTime();
        if (now - loop.endNanos() >= 0) {
            finish();
            return;
        }
        request = conversation.next(now);
        try {
            requestBytes = ByteBuffer.wrap(loop.requests().of(request, conversation.variables()));
        } catch (Template.MissingVariableException missing) {
            complete(Exchange.failed(missing.getMessage()));
            return;
        }
        deadlineNanos = now + loop.timeoutNanos();
        attempt = 1;
        transmit();
    }

    /** The selector says the channel can go on with what this user is doing. */
    void ready() {
        try {
            switch (phase) {
                case CONNECTING -> {
                    if (channel.finishConnect()) {
                        write();
                    }
                }
                case WRITING -> write();
                case READING -> read();
                default -> interest(0); // nothing asked for: readiness of an idle channel waits for the next request
            }
        } catch (IOException io) {
            failed(io);
        }
    }

    /** Fails a request that outlived its deadline; called by the loop's periodic sweep. */
    void expireIfLate(long now) {
        if ((phase == Phase.CONNECTING || phase == Phase.WRITING || phase == Phase.READING) && now - deadlineNanos >= 0) {
            closeChannel();
            complete(Exchange.failed(loop.timeoutText()));
        }
    }

    /** Ends the user where it stands: the run is over, or the loop is stopping. */
    void finish() {
        closeChannel();
        if (phase == Phase.DONE) {
            return;
        }
        if (phase != Phase.WAITING) {
            conversation.left();
        }
        phase = Phase.DONE;
        loop.finished();
    }

    private void transmit() {
        reused = channel != null;
        requestBytes.rewind(); // a retry sends the whole request again
        parser.begin(request);
        try {
            if (channel == null && !open()) {
                phase = Phase.CONNECTING;
                interest(SelectionKey.OP_CONNECT);
                return;
            }
            write();
        } catch (IOException io) {
            failed(io);
        }
    }

    /** @return true when connected at once (usual on loopback), false when the connect completes later */
    private boolean open() throws IOException {
        channel = SocketChannel.open();
        parser.reset();
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        key = channel.register(loop.selector(), 0, this);
        return channel.connect(loop.address());
    }

    private void write() throws IOException {
        channel.write(requestBytes);
        if (requestBytes.hasRemaining()) {
            phase = Phase.WRITING;
            interest(SelectionKey.OP_WRITE);
        } else {
            phase = Phase.READING;
            interest(SelectionKey.OP_READ);
        }
    }

    /** One read per readiness: the selector reports the channel again while bytes are left. */
    private void read() throws IOException {
        int at = parser.readFrom();
        readBuffer.limit(at + parser.room()).position(at);
        int n = channel.read(readBuffer);
        if (n < 0) {
            parser.endOfStream();
        } else if (n == 0) {
            return;
        } else {
            parser.received(n);
            if (!parser.parse()) {
                return;
            }
        }
        Exchange exchange = parser.exchange();
        if (parser.mustClose()) {
            closeChannel();
        }
        complete(exchange);
    }

    private void failed(IOException io) {
        boolean retry = Exchange.worthRetrying(reused, attempt, phase == Phase.READING && parser.started());
        closeChannel();
        if (retry) {
            attempt++;
            transmit();
        } else {
            complete(Exchange.failed(io));
        }
    }

    /** Hands the answer over; the user goes on from the loop's queue, so failing fast never recurses. */
    private void complete(Exchange exchange) {
        conversation.answered(exchange);
        phase = Phase.READY;
        interest(0);
        loop.schedule(this);
    }

    private void interest(int ops) {
        if (key != null && key.isValid() && key.interestOps() != ops) {
            key.interestOps(ops);
        }
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close(); // also cancels the key
            } catch (IOException ignored) {
                // Closing is all we wanted.
            }
        }
        channel = null;
        key = null;
    }
}

package org.carla.staging.gate.load.wire;

import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Flow;

/** Reads and forgets a body, keeping only its size: no copy, no allocation per response beyond this. */
final class CountingBody implements Flow.Subscriber<List<ByteBuffer>> {
    private long bytes;

    static BodySubscriber<Long> sizeOnly() {
        CountingBody counter = new CountingBody();
        return BodySubscribers.fromSubscriber(counter, c -> c.bytes);
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            bytes += buffer.remaining();
        }
    }

    @Override
    public void onError(Throwable throwable) {
        // HttpClient reports the error through the response future; nothing to keep here.
    }

    @Override
    public void onComplete() {
        // The finisher reads the count.
    }
}

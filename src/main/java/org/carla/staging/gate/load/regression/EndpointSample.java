package org.carla.staging.gate.load.regression;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;
import org.HdrHistogram.Histogram;
import org.carla.staging.gate.load.EndpointStats;
import org.carla.staging.gate.load.Latency;

/**
 * What one endpoint measured at one level, as stored in a baseline: the figures, the medians of its time
 * blocks (the samples a comparison uses), and the whole latency histogram (HdrHistogram's compressed
 * encoding, Base64: decode it with {@code Histogram.decodeFromCompressedByteBuffer}).
 */
public record EndpointSample(String endpoint, long requests, long failures, double meanMs, double p50Ms, double p90Ms,
                             double p95Ms, double p99Ms, List<Block> blocks, String histogram) {

    /** One time block: seconds after the warm-up's end, requests in it, their median latency. */
    public record Block(double start, int requests, double medianMs) {
    }

    public EndpointSample {
        blocks = List.copyOf(blocks);
    }

    public static EndpointSample of(EndpointStats stats) {
        Latency d = stats.duration();
        List<Block> blocks = stats.blocks().stream().map(b -> new Block(b.startSeconds(), b.requests(), b.medianMs())).toList();
        return new EndpointSample(stats.endpoint(), stats.requests(), stats.failures(), d.avg(), d.med(), d.p90(), d.p95(), d.p99(),
                blocks, encode(stats.histogram()));
    }

    private static String encode(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer, Deflater.BEST_COMPRESSION);
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buffer.array(), length));
    }
}

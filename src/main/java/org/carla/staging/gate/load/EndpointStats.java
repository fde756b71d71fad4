package org.carla.staging.gate.load;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Final figures of one endpoint (or of all, named {@value #ALL}). Immutable: the histogram is a private
 * copy, only read.
 */
public final class EndpointStats {
    public static final String ALL = "*";
    private static final double MICROS_PER_MS = 1000.0;

    private final String endpoint;
    private final Histogram histogram;
    private final long requests;
    private final long failures;
    private final long bytesReceived;
    private final double seconds;
    private final Map<String, Long> failureReasons;
    private final List<Block> blocks;

    /** One time block of the measured window: its start (seconds after the warm-up), requests, median latency. */
    public record Block(double startSeconds, int requests, double medianMs) {
    }

    EndpointStats(String endpoint, Histogram histogram, long requests, long failures, long bytesReceived, double seconds,
                  Map<String, Long> failureReasons) {
        this(endpoint, histogram, requests, failures, bytesReceived, seconds, failureReasons, List.of());
    }

    EndpointStats(String endpoint, Histogram histogram, long requests, long failures, long bytesReceived, double seconds,
                  Map<String, Long> failureReasons, List<Block> blocks) {
        this.endpoint = endpoint;
        this.histogram = histogram;
        this.requests = requests;
        this.failures = failures;
        this.bytesReceived = bytesReceived;
        this.seconds = seconds;
        this.failureReasons = Map.copyOf(failureReasons);
        this.blocks = List.copyOf(blocks);
    }

    static EndpointStats overall(Iterable<EndpointStats> parts, double seconds) {
        Histogram all = new Histogram(1, EndpointRecorder.HIGHEST_MICROS, EndpointRecorder.DIGITS);
        long requests = 0;
        long failures = 0;
        long bytes = 0;
        Map<String, Long> reasons = new java.util.TreeMap<>();
        for (EndpointStats part : parts) {
            all.add(part.histogram);
            requests += part.requests;
            failures += part.failures;
            bytes += part.bytesReceived;
            part.failureReasons.forEach((why, n) -> reasons.merge(part.endpoint + ": " + why, n, Long::sum));
        }
        return new EndpointStats(ALL, all, requests, failures, bytes, seconds, reasons);
    }

    public String endpoint() {
        return endpoint;
    }

    /** {@code http_reqs} count. */
    public long requests() {
        return requests;
    }

    /** {@code http_reqs} rate per second of measured time. */
    public double requestRate() {
        return seconds > 0 ? requests / seconds : 0;
    }

    public long failures() {
        return failures;
    }

    /** {@code http_req_failed} rate: failed / all, 0 when nothing was sent. */
    public double failedRate() {
        return requests == 0 ? 0 : (double) failures / requests;
    }

    /** {@code data_received}: body bytes plus an estimate of the header bytes (HttpClient hides the raw size). */
    public long bytesReceived() {
        return bytesReceived;
    }

    public double bytesReceivedRate() {
        return seconds > 0 ? bytesReceived / seconds : 0;
    }

    /** Failure reason (e.g. "status 503", "timeout") to how many times it happened. */
    public Map<String, Long> failureReasons() {
        return failureReasons;
    }

    /** Any percentile of {@code http_req_duration} in ms, e.g. 99.9; NaN when there were no requests. */
    public double percentileMs(double percentile) {
        return requests == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / MICROS_PER_MS;
    }

    public Latency duration() {
        if (requests == 0) {
            double nan = Double.NaN;
            return new Latency(nan, nan, nan, nan, nan, nan, nan);
        }
        return new Latency(histogram.getMean() / MICROS_PER_MS, histogram.getMinValue() / MICROS_PER_MS,
                percentileMs(50), percentileMs(90), percentileMs(95), percentileMs(99), histogram.getMaxValue() / MICROS_PER_MS);
    }

    /**
     * The latencies per time block, in time order (blocks without requests left out); empty unless the plan asked
     * for blocks ({@link LoadPlan.Builder#blocks}). Requests close in time share the machine's state, so a
     * comparison between runs that must see the noise treats blocks, not requests, as its samples.
     */
    public List<Block> blocks() {
        return blocks;
    }

    /** The whole latency histogram (a copy), e.g. to store it. */
    public Histogram histogram() {
        return histogram.copy();
    }

    /** HdrHistogram's {@code .hgrm} percentile distribution, values in milliseconds (plot it with HdrHistogram's plotter). */
    public String percentileDistribution() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            histogram.outputPercentileDistribution(print, 5, MICROS_PER_MS);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

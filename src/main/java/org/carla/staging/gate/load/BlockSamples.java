package org.carla.staging.gate.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The latencies of one endpoint per time block, kept exactly (an int per request: a few KB for a load level)
 * so a block's median is the true median. Written by user threads, read once at the end.
 */
final class BlockSamples {
    private int[][] samples = new int[0][];
    private int[] sizes = new int[0];

    synchronized void add(int block, int micros) {
        if (block >= samples.length) {
            int length = Math.max(block + 1, samples.length * 2);
            samples = Arrays.copyOf(samples, length);
            sizes = Arrays.copyOf(sizes, length);
        }
        int[] values = samples[block];
        if (values == null) {
            values = new int[16];
            samples[block] = values;
        } else if (sizes[block] == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
            samples[block] = values;
        }
        values[sizes[block]++] = micros;
    }

    synchronized List<EndpointStats.Block> summarize(double blockSeconds) {
        List<EndpointStats.Block> blocks = new ArrayList<>();
        for (int i = 0; i < samples.length; i++) {
            if (sizes[i] == 0) continue;
            int[] values = Arrays.copyOf(samples[i], sizes[i]);
            Arrays.sort(values);
            int n = values.length;
            double medianMicros = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + (double) values[n / 2]) / 2;
            blocks.add(new EndpointStats.Block(i * blockSeconds, n, medianMicros / 1000.0));
        }
        return blocks;
    }
}

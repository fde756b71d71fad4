package org.carla.staging.gate.load.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Compares one load level with the same level of the baseline, endpoint by endpoint.
 *
 * <p>Why not a test on requests: requests of a closed-model run are not independent (one slow answer delays the
 * next ones; the machine's other work comes in bursts of seconds), so thousands of requests look like
 * overwhelming evidence for differences of a few percent, and every run would "regress". The detector
 * works on <b>time blocks</b> instead (one second by default): each block's median latency is one sample,
 * and blocks are far closer to independent. Then:
 * <ol>
 *   <li>per endpoint, the ratio of medians of its block medians (current / baseline), on a log scale;</li>
 *   <li>the level's <b>drift</b>: the median of those ratios over all endpoints, what a busier or quieter machine
 *       does to every endpoint alike; it is divided out (one endpoint that slows does not move the median);</li>
 *   <li>a <b>bootstrap</b> over time blocks (blocks resampled with replacement, jointly for all endpoints so
 *       their shared moments stay together, in both runs) gives each drift-corrected ratio its interval;</li>
 *   <li>a change is called only when the interval excludes 1 <b>and</b> the ratio is at least the minimum effect:
 *       significant and large enough to matter.</li>
 * </ol>
 * Deterministic: the resampling is seeded from the level's name.
 */
public final class RegressionDetector {
    private final Sensitivity sensitivity;

    public RegressionDetector(Sensitivity sensitivity) {
        this.sensitivity = sensitivity;
    }

    public LevelComparison compare(LevelSample current, LevelSample baseline) {
        List<EndpointChange> changes = new ArrayList<>();
        Map<String, double[][]> judged = new LinkedHashMap<>();
        for (EndpointSample now : current.endpoints()) {
            EndpointSample then = baseline.endpoint(now.endpoint()).orElse(null);
            double[] c = logMedians(now);
            double[] b = then == null ? new double[0] : logMedians(then);
            int cn = count(c);
            int bn = count(b);
            if (then == null) {
                changes.add(EndpointChange.notJudged(now.endpoint(), cn, 0, "not in the baseline"));
            } else if (cn < sensitivity.minBlocks() || bn < sensitivity.minBlocks()) {
                changes.add(EndpointChange.notJudged(now.endpoint(), cn, bn, "too few time blocks with " + sensitivity.minBlockRequests()
                        + "+ requests: " + cn + " now, " + bn + " in the baseline, " + sensitivity.minBlocks() + " needed"));
            } else {
                judged.put(now.endpoint(), new double[][] {c, b});
            }
        }
        if (judged.isEmpty()) return new LevelComparison(current.level(), Double.NaN, Double.NaN, Double.NaN, changes, sensitivity);

        List<String> names = new ArrayList<>(judged.keySet());
        boolean normalize = names.size() >= 3;
        double[] point = logRatios(names, judged, null, null);
        double drift = normalize ? median(point) : 0;

        int resamples = sensitivity.resamples();
        double[][] boot = new double[names.size()][resamples];
        double[] bootDrift = new double[resamples];
        SplittableRandom random = new SplittableRandom(current.level().hashCode() * 31L + 7);
        int[] currentIndex = blockIndex(judged, 0);
        int[] baselineIndex = blockIndex(judged, 1);
        for (int r = 0; r < resamples; r++) {
            int[] cPick = pick(currentIndex, random);
            int[] bPick = pick(baselineIndex, random);
            double[] ratios = logRatios(names, judged, cPick, bPick);
            double d = normalize ? medianIgnoringNaN(ratios) : 0;
            bootDrift[r] = d;
            for (int e = 0; e < names.size(); e++) boot[e][r] = ratios[e] - d;
        }
        double alpha = 1 - sensitivity.confidence();
        double threshold = Math.log(1 + sensitivity.minEffect());
        for (int e = 0; e < names.size(); e++) {
            double[][] samples = judged.get(names.get(e));
            double[] dist = withoutNaN(boot[e]);
            double estimate = point[e] - drift;
            double low = quantile(dist, alpha / 2);
            double high = quantile(dist, 1 - alpha / 2);
            double slowerShare = share(dist, true);
            EndpointChange.Change change;
            String note;
            if (estimate >= threshold && low > 0) {
                change = EndpointChange.Change.SLOWER;
                note = "regression";
            } else if (estimate <= -threshold && high < 0) {
                change = EndpointChange.Change.FASTER;
                note = "improvement";
            } else {
                change = EndpointChange.Change.UNCHANGED;
                note = low <= 0 && high >= 0 ? "within the noise" : "smaller than the minimum effect";
            }
            double confidence = change == EndpointChange.Change.FASTER || (change == EndpointChange.Change.UNCHANGED && estimate < 0)
                    ? 1 - slowerShare : slowerShare;
            changes.add(new EndpointChange(names.get(e), change, Math.exp(estimate), Math.exp(low), Math.exp(high), confidence,
                    Math.exp(point[e]), Math.exp(median(present(samples[0]))), Math.exp(median(present(samples[1]))),
                    count(samples[0]), count(samples[1]), note));
        }
        double[] driftDist = withoutNaN(bootDrift);
        changes.sort((x, y) -> x.endpoint().compareTo(y.endpoint()));
        return new LevelComparison(current.level(), Math.exp(drift), Math.exp(quantile(driftDist, alpha / 2)),
                Math.exp(quantile(driftDist, 1 - alpha / 2)), changes, sensitivity);
    }

    /** Log of each usable block's median, indexed by the block's position in time (NaN: no usable block there). */
    private double[] logMedians(EndpointSample sample) {
        double width = sample.blocks().size() > 1 ? minGap(sample) : 1;
        int slots = 0;
        for (EndpointSample.Block block : sample.blocks()) slots = Math.max(slots, (int) Math.round(block.start() / width) + 1);
        double[] values = new double[slots];
        Arrays.fill(values, Double.NaN);
        for (EndpointSample.Block block : sample.blocks()) {
            if (block.requests() >= sensitivity.minBlockRequests() && block.medianMs() > 0) {
                values[(int) Math.round(block.start() / width)] = Math.log(block.medianMs());
            }
        }
        return values;
    }

    private static double minGap(EndpointSample sample) {
        double gap = Double.MAX_VALUE;
        List<EndpointSample.Block> blocks = sample.blocks();
        for (int i = 1; i < blocks.size(); i++) gap = Math.min(gap, blocks.get(i).start() - blocks.get(i - 1).start());
        return gap <= 0 || gap == Double.MAX_VALUE ? 1 : gap;
    }

    /** The time positions any judged endpoint has a block at, in one run (0: current, 1: baseline). */
    private static int[] blockIndex(Map<String, double[][]> judged, int run) {
        TreeSet<Integer> positions = new TreeSet<>();
        for (double[][] pair : judged.values()) {
            for (int i = 0; i < pair[run].length; i++) if (!Double.isNaN(pair[run][i])) positions.add(i);
        }
        return positions.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] pick(int[] positions, SplittableRandom random) {
        int[] picked = new int[positions.length];
        for (int i = 0; i < picked.length; i++) picked[i] = positions[random.nextInt(positions.length)];
        return picked;
    }

    /** log(median now) - log(median then) per endpoint; with picks, over the resampled blocks only. */
    private static double[] logRatios(List<String> names, Map<String, double[][]> judged, int[] cPick, int[] bPick) {
        double[] out = new double[names.size()];
        for (int e = 0; e < names.size(); e++) {
            double[][] pair = judged.get(names.get(e));
            double c = cPick == null ? median(present(pair[0])) : median(select(pair[0], cPick));
            double b = bPick == null ? median(present(pair[1])) : median(select(pair[1], bPick));
            out[e] = c - b;
        }
        return out;
    }

    private static double[] select(double[] values, int[] picks) {
        double[] out = new double[picks.length];
        int n = 0;
        for (int p : picks) if (p < values.length && !Double.isNaN(values[p])) out[n++] = values[p];
        return Arrays.copyOf(out, n);
    }

    private static double[] present(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    private static int count(double[] values) {
        return present(values).length;
    }

    static double median(double[] values) {
        if (values.length == 0) return Double.NaN;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double medianIgnoringNaN(double[] values) {
        return median(withoutNaN(values));
    }

    private static double[] withoutNaN(double[] values) {
        return present(values);
    }

    /** Linear-interpolated quantile of an unsorted sample. */
    static double quantile(double[] values, double q) {
        if (values.length == 0) return Double.NaN;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double share(double[] values, boolean above) {
        if (values.length == 0) return Double.NaN;
        long n = Arrays.stream(values).filter(v -> above ? v > 0 : v < 0).count();
        return (double) n / values.length;
    }
}

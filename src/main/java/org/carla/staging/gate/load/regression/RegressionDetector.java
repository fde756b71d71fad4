package org.carla.staging.gate.load.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Compares a run's load levels with the same levels of the last good runs, endpoint by endpoint, with the noise
 * of this machine measured rather than assumed.
 *
 * <ol>
 *   <li><b>Time blocks, not requests.</b> Requests of a closed-model run are not independent (a slow answer delays
 *   the next ones; the machine's other work comes in bursts of seconds): each block's median latency is one
 *   sample.</li>
 *   <li><b>Peers, block by block.</b> On a shared machine an endpoint's latency swings with the load of the moment,
 *   and endpoints that share a path (the same worker pool, the same database) swing together. Each endpoint is
 *   measured against its peers: the (up to three) endpoints whose block medians moved most with its own in the
 *   baseline runs (correlation at least 0.5). Its value in a run is the median over blocks of its log latency
 *   minus its peers' log latency in the same block (their mean; with three, their median, which one peer that
 *   really changed barely moves). One endpoint that slows down moves this value; a busy machine mostly does not.
 *   (A peer that really slowed down can still make an endpoint measured against it look faster: improvements are
 *   reported, never enforced.)</li>
 *   <li><b>Run-to-run noise from the baseline's own runs.</b> The baseline keeps several good runs; the spread of the
 *   endpoint's value across them is its run-to-run noise (at least {@code noiseFloor}). With fewer than
 *   {@code minBaselineRuns} runs the noise is unknown and the endpoint is not judged. Per level, the change is
 *   d = value(this run) - mean(value(baseline runs)) and its noise tau = sqrt(spread^2 (1 + 1/K) + extra^2), extra being
 *   the part of this run's own uncertainty (bootstrap over its blocks) beyond what the baseline runs had, since their
 *   spread already holds their own.</li>
 *   <li><b>One verdict per endpoint.</b> The levels' changes are weighed by their noise (inverse variance), and the
 *   endpoint is called slower (faster) when the weighted change is at least {@code minEffect} and outside the
 *   interval the noise allows at the confidence, Bonferroni-corrected for the number of endpoints judged, so an
 *   unchanged run raises no flag with the given confidence overall, not per endpoint.</li>
 * </ol>
 * Endpoints whose baseline median is under {@code floorMs} are not judged: at sub-millisecond latencies the
 * scheduler of a busy machine, not the application, sets the figures. Deterministic (seeded resampling).
 */
public final class RegressionDetector {
    private static final int MAX_PEERS = 3;
    private static final double MIN_PEER_CORRELATION = 0.5;

    private final Sensitivity sensitivity;

    public RegressionDetector(Sensitivity sensitivity) {
        this.sensitivity = sensitivity;
    }

    /** Each level against the same level of the baseline runs, then one verdict per endpoint over all levels. */
    public Verdict compare(List<LevelSample> current, List<RunRecord> baseline) {
        List<LevelComparison> levels = new ArrayList<>();
        for (LevelSample level : current) {
            List<LevelSample> before = baseline.stream().flatMap(r -> r.level(level.level()).stream()).toList();
            if (!before.isEmpty()) levels.add(estimate(level, before));
        }
        return judge(levels);
    }

    /** One level: each endpoint's change against its peers and its noise (no verdict yet). */
    public LevelComparison estimate(LevelSample current, List<LevelSample> baselines) {
        List<Map<String, double[]>> base = baselines.stream().map(this::blocks).toList();
        Map<String, double[]> now = blocks(current);
        List<EndpointEstimate> estimates = new ArrayList<>();
        List<Double> plainRatios = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(current.level().hashCode() * 31L + 7);
        for (EndpointSample sample : current.endpoints()) {
            String e = sample.endpoint();
            List<Integer> usable = new ArrayList<>();
            for (int i = 0; i < base.size(); i++) if (count(base.get(i).get(e)) >= sensitivity.minBlocks()) usable.add(i);
            double baselineMs = median(usable.stream().mapToDouble(i -> baselines.get(i).endpoint(e).orElseThrow().p50Ms()).toArray());
            if (usable.isEmpty() || count(now.get(e)) < sensitivity.minBlocks()) {
                estimates.add(new EndpointEstimate(e, Double.NaN, Double.NaN, sample.p50Ms(), baselineMs, usable.size(), List.of(),
                        "too few time blocks with " + sensitivity.minBlockRequests() + "+ requests (" + count(now.get(e)) + " now; "
                                + sensitivity.minBlocks() + " needed here and in a baseline run)"));
                continue;
            }
            plainRatios.add(Math.log(sample.p50Ms() / baselineMs));
            if (baselineMs < sensitivity.floorMs()) {
                estimates.add(new EndpointEstimate(e, Math.log(sample.p50Ms() / baselineMs), Double.NaN, sample.p50Ms(), baselineMs,
                        usable.size(), List.of(), String.format(Locale.ROOT,
                        "median %.2f ms, under the %.1f ms floor where the machine's scheduler sets the figures", baselineMs, sensitivity.floorMs())));
                continue;
            }
            List<Map<String, double[]>> runs = usable.stream().map(base::get).toList();
            List<String> peers = peers(e, runs);
            double[] own = relative(now, e, peers);
            List<double[]> relativeRuns = runs.stream().map(run -> relative(run, e, peers)).toList();
            double[] values = relativeRuns.stream().mapToDouble(RegressionDetector::median).toArray();
            double d = median(own) - mean(values);
            if (runs.size() < sensitivity.minBaselineRuns()) {
                estimates.add(new EndpointEstimate(e, d, Double.NaN, sample.p50Ms(), baselineMs, runs.size(), peers,
                        "the baseline has " + runs.size() + " of the " + sensitivity.minBaselineRuns()
                                + " good runs needed to know this endpoint's run-to-run noise"));
                continue;
            }
            // The spread of the baseline runs' values already holds each run's own block-to-block noise; this run adds
            // its own only where it is noisier than theirs were (e.g. fewer blocks).
            double spread = Math.max(sd(values), sensitivity.noiseFloor());
            double se = bootstrapSe(own, random);
            double baselineSe = Math.sqrt(relativeRuns.stream().mapToDouble(run -> square(bootstrapSe(run, random))).average().orElse(0));
            double noise = Math.sqrt(spread * spread * (1 + 1.0 / runs.size()) + Math.max(0, se * se - baselineSe * baselineSe));
            estimates.add(new EndpointEstimate(e, d, noise, sample.p50Ms(), baselineMs, runs.size(), peers, ""));
        }
        estimates.sort(Comparator.comparing(EndpointEstimate::endpoint));
        double drift = plainRatios.isEmpty() ? Double.NaN : Math.exp(median(plainRatios.stream().mapToDouble(Double::doubleValue).toArray()));
        return new LevelComparison(current.level(), drift, baselines.size(), estimates);
    }

    /** One verdict per endpoint: its levels weighed by their noise, judged at the confidence over all endpoints judged. */
    public Verdict judge(List<LevelComparison> levels) {
        Map<String, List<String>> levelNames = new TreeMap<>();
        Map<String, List<EndpointEstimate>> byEndpoint = new TreeMap<>();
        for (LevelComparison level : levels) {
            for (EndpointEstimate e : level.endpoints()) {
                byEndpoint.computeIfAbsent(e.endpoint(), k -> new ArrayList<>()).add(e);
                levelNames.computeIfAbsent(e.endpoint(), k -> new ArrayList<>()).add(level.level());
            }
        }
        long judgedEndpoints = byEndpoint.values().stream().filter(list -> list.stream().anyMatch(EndpointEstimate::judged)).count();
        double z = Normal.quantile(1 - (1 - sensitivity.confidence()) / (2.0 * Math.max(1, judgedEndpoints)));
        double threshold = Math.log(1 + sensitivity.minEffect());
        List<EndpointChange> changes = new ArrayList<>();
        byEndpoint.forEach((endpoint, estimates) -> {
            List<String> names = levelNames.get(endpoint);
            List<String> used = new ArrayList<>();
            double weights = 0;
            double weighted = 0;
            List<String> peers = List.of();
            int runs = 0;
            for (int i = 0; i < estimates.size(); i++) {
                EndpointEstimate e = estimates.get(i);
                if (!e.judged()) continue;
                double w = 1 / (e.noise() * e.noise());
                weights += w;
                weighted += w * e.logChange();
                used.add(names.get(i));
                peers = e.peers();
                runs = Math.max(runs, e.baselineRuns());
            }
            if (used.isEmpty()) {
                double[] guesses = estimates.stream().mapToDouble(EndpointEstimate::logChange).filter(v -> !Double.isNaN(v)).toArray();
                String why = estimates.stream().map(EndpointEstimate::note).filter(n -> !n.isEmpty()).findFirst().orElse("no estimate");
                changes.add(new EndpointChange(endpoint, EndpointChange.Change.NOT_JUDGED, guesses.length == 0 ? Double.NaN : Math.exp(mean(guesses)),
                        Double.NaN, Double.NaN, Double.NaN, List.of(), List.of(), estimates.stream().mapToInt(EndpointEstimate::baselineRuns).max().orElse(0), why));
                return;
            }
            double d = weighted / weights;
            double noise = 1 / Math.sqrt(weights);
            EndpointChange.Change change;
            String note;
            if (d >= threshold && d - z * noise > 0) {
                change = EndpointChange.Change.SLOWER;
                note = "regression";
            } else if (d <= -threshold && d + z * noise < 0) {
                change = EndpointChange.Change.FASTER;
                note = "improvement";
            } else {
                change = EndpointChange.Change.UNCHANGED;
                note = Math.abs(d) < z * noise ? "within this endpoint's noise" : "smaller than the minimum effect";
            }
            double slower = Normal.cdf(d / noise);
            changes.add(new EndpointChange(endpoint, change, Math.exp(d), Math.exp(d - z * noise), Math.exp(d + z * noise),
                    change == EndpointChange.Change.FASTER ? 1 - slower : slower, used, peers, runs, note));
        });
        return new Verdict(levels, changes, sensitivity);
    }

    /** Each endpoint's log block medians by time position (NaN: no usable block there). */
    private Map<String, double[]> blocks(LevelSample level) {
        Map<String, double[]> out = new TreeMap<>();
        double width = level.blockSeconds() > 0 ? level.blockSeconds() : 1;
        for (EndpointSample e : level.endpoints()) {
            int slots = e.blocks().stream().mapToInt(b -> (int) Math.round(b.start() / width) + 1).max().orElse(0);
            double[] values = new double[slots];
            Arrays.fill(values, Double.NaN);
            for (EndpointSample.Block b : e.blocks()) {
                if (b.requests() >= sensitivity.minBlockRequests() && b.medianMs() > 0) {
                    values[(int) Math.round(b.start() / width)] = Math.log(b.medianMs());
                }
            }
            out.put(e.endpoint(), values);
        }
        return out;
    }

    /** The endpoints whose block medians moved most with this one's in the baseline runs (each run's own mean removed). */
    private static List<String> peers(String endpoint, List<Map<String, double[]>> runs) {
        Set<String> others = new LinkedHashSet<>();
        runs.forEach(r -> others.addAll(r.keySet()));
        others.remove(endpoint);
        List<Map.Entry<String, Double>> ranked = new ArrayList<>();
        for (String other : others) {
            double r = pooledCorrelation(endpoint, other, runs);
            if (r >= MIN_PEER_CORRELATION) ranked.add(Map.entry(other, r));
        }
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return ranked.stream().limit(MAX_PEERS).map(Map.Entry::getKey).toList();
    }

    private static double pooledCorrelation(String a, String b, List<Map<String, double[]>> runs) {
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        int n = 0;
        for (Map<String, double[]> run : runs) {
            double[] x = run.get(a);
            double[] y = run.get(b);
            if (x == null || y == null) continue;
            List<double[]> pairs = new ArrayList<>();
            for (int i = 0; i < Math.min(x.length, y.length); i++) {
                if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) pairs.add(new double[] {x[i], y[i]});
            }
            if (pairs.size() < 3) continue;
            double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
            double my = pairs.stream().mapToDouble(p -> p[1]).average().orElse(0);
            for (double[] p : pairs) {
                sxy += (p[0] - mx) * (p[1] - my);
                sxx += (p[0] - mx) * (p[0] - mx);
                syy += (p[1] - my) * (p[1] - my);
                n++;
            }
        }
        return n < 8 || sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    /** Per block where the endpoint and all its peers have a value: its log latency minus the peers' mean. */
    private static double[] relative(Map<String, double[]> run, String endpoint, List<String> peers) {
        double[] own = run.get(endpoint);
        if (own == null) return new double[0];
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < own.length; i++) {
            if (Double.isNaN(own[i])) continue;
            double sum = 0;
            boolean all = true;
            for (String p : peers) {
                double[] values = run.get(p);
                if (values == null || i >= values.length || Double.isNaN(values[i])) {
                    all = false;
                    break;
                }
                sum += values[i];
            }
            if (all) {
                // Two peers: their mean; three: their median, so one peer that really changed barely moves the reference.
                final int at = i;
                double ref = peers.isEmpty() ? 0 : peers.size() < 3 ? sum / peers.size()
                        : median(peers.stream().mapToDouble(p -> run.get(p)[at]).toArray());
                out.add(own[i] - ref);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private double bootstrapSe(double[] values, SplittableRandom random) {
        double[] medians = new double[sensitivity.resamples()];
        double[] pick = new double[values.length];
        for (int r = 0; r < medians.length; r++) {
            for (int i = 0; i < pick.length; i++) pick[i] = values[random.nextInt(values.length)];
            medians[r] = median(pick);
        }
        return sd(medians);
    }

    private static double square(double x) {
        return x * x;
    }

    private static int count(double[] values) {
        return values == null ? 0 : (int) Arrays.stream(values).filter(v -> !Double.isNaN(v)).count();
    }

    static double median(double[] values) {
        if (values.length == 0) return Double.NaN;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static double sd(double[] values) {
        if (values.length < 2) return 0;
        double m = mean(values);
        return Math.sqrt(Arrays.stream(values).map(v -> (v - m) * (v - m)).sum() / (values.length - 1));
    }
}

package org.carla.staging.gate.load.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionDetectorTest {
    /** Median ms and group: endpoints of a group share the moment's load (same worker pool, same database). */
    private static final Map<String, Object[]> ENDPOINTS = new LinkedHashMap<>();

    static {
        ENDPOINTS.put("/", new Object[] {0.4, "nginx"});
        ENDPOINTS.put("/version.txt", new Object[] {0.3, "nginx"});
        ENDPOINTS.put("/api/scenarios", new Object[] {3.4, "loop"});
        ENDPOINTS.put("/api/version", new Object[] {3.0, "loop"});
        ENDPOINTS.put("/api/auth/me", new Object[] {55.0, "db"});
        ENDPOINTS.put("/api/reports", new Object[] {40.0, "db"});
        ENDPOINTS.put("/api/simulation/status", new Object[] {26.0, "db"});
    }

    private static final Sensitivity SENSITIVITY = Sensitivity.of(0.2, 0.95, 5, 3, 1.0);

    /**
     * A light level of 12 one-second blocks. Each group's blocks swing together (sd 0.4 in log: a busy shared machine),
     * each run has its own load (drift), and each endpoint adds its own small noise.
     */
    private static LevelSample level(long seed, double drift, String slowed, double factor) {
        Random random = new Random(seed);
        Map<String, double[]> groupSwing = new LinkedHashMap<>();
        for (String group : List.of("nginx", "loop", "db")) {
            double[] swing = new double[12];
            for (int b = 0; b < swing.length; b++) swing[b] = 0.4 * random.nextGaussian();
            groupSwing.put(group, swing);
        }
        List<EndpointSample> endpoints = new ArrayList<>();
        ENDPOINTS.forEach((name, spec) -> {
            double median = (double) spec[0] * drift * (name.equals(slowed) ? factor : 1);
            double[] swing = groupSwing.get((String) spec[1]);
            List<EndpointSample.Block> blocks = new ArrayList<>();
            for (int b = 0; b < swing.length; b++) {
                blocks.add(new EndpointSample.Block(b, 10, median * Math.exp(swing[b] + 0.08 * random.nextGaussian())));
            }
            endpoints.add(new EndpointSample(name, 120, 0, median, median, median, median, median, blocks, ""));
        });
        return new LevelSample("light", 5, 12, 1, 960, 0, 80, 4, 100, 300, endpoints);
    }

    private static List<RunRecord> baseline(long seed, int runs) {
        List<RunRecord> out = new ArrayList<>();
        for (int i = 0; i < runs; i++) out.add(run(level(seed + i, 0.8 + 0.1 * i, null, 1)));
        return out;
    }

    private static RunRecord run(LevelSample... levels) {
        return new RunRecord(RunRecord.FORMAT, "now", "key", Map.of(), List.of(levels));
    }

    private static Verdict compare(LevelSample current, List<RunRecord> baseline) {
        return new RegressionDetector(SENSITIVITY).compare(List.of(current), baseline);
    }

    @Test
    void aThirtyPercentSlowerEndpointIsFlaggedEvenOnABusierMachine() {
        Verdict comparison = compare(level(99, 1.5, "/api/reports", 1.3), baseline(1, 4));

        assertThat(comparison.levels().get(0).drift()).as("the busier machine, seen in every endpoint").isGreaterThan(1.2);
        assertThat(comparison.regressions()).singleElement().satisfies(e -> {
            assertThat(e.endpoint()).isEqualTo("/api/reports");
            assertThat(e.ratio()).isCloseTo(1.3, within(0.1));
            assertThat(e.low()).isGreaterThan(1.0);
            assertThat(e.confidence()).isGreaterThan(0.975);
            assertThat(e.levels()).containsExactly("light");
            assertThat(e.peers()).containsExactlyInAnyOrder("/api/auth/me", "/api/simulation/status");
        });
        assertThat(comparison.improvements()).isEmpty();
    }

    @Test
    void noiseAndAChangingMachineLoadRaiseNoFlag() {
        int flags = 0;
        int judged = 0;
        for (long seed = 10; seed < 40; seed++) {
            Verdict comparison = compare(level(seed * 7, 0.6 + seed % 5 * 0.2, null, 1), baseline(seed * 100, 5));
            flags += comparison.regressions().size() + comparison.improvements().size();
            judged += comparison.judged().size();
        }
        assertThat(judged).as("judgements over 30 unchanged comparisons").isEqualTo(30 * 5);
        assertThat(flags).as("flags over 30 unchanged comparisons").isZero();
    }

    @Test
    void withTooFewBaselineRunsTheNoiseIsUnknownAndNothingIsJudged() {
        Verdict comparison = compare(level(5, 1, "/api/reports", 1.5), baseline(1, 2));

        assertThat(comparison.judged()).isEmpty();
        assertThat(comparison.endpoints()).filteredOn(e -> e.endpoint().equals("/api/reports")).singleElement().satisfies(e -> {
            assertThat(e.note()).contains("2 of the 3 good runs");
            assertThat(e.ratio()).as("the estimate is still shown").isGreaterThan(1.2);
        });
    }

    @Test
    void subMillisecondEndpointsAndThinOnesAreNotJudged() {
        LevelSample current = level(3, 1, null, 1);
        List<EndpointSample> thin = new ArrayList<>(current.endpoints());
        thin.replaceAll(e -> e.endpoint().equals("/api/reports")
                ? new EndpointSample(e.endpoint(), 4, 0, 1, 40, 1, 1, 1, e.blocks().subList(0, 3), "") : e);
        LevelSample sparse = new LevelSample("light", 5, 12, 1, 900, 0, 75, 4, 100, 300, thin);

        Verdict comparison = compare(sparse, baseline(4, 3));

        assertThat(comparison.endpoints()).filteredOn(e -> e.change() == EndpointChange.Change.NOT_JUDGED)
                .extracting(EndpointChange::endpoint).containsExactlyInAnyOrder("/", "/version.txt", "/api/reports");
        assertThat(comparison.endpoints()).filteredOn(e -> e.endpoint().equals("/")).singleElement()
                .satisfies(e -> assertThat(e.note()).contains("under the 1.0 ms floor"));
    }

    @Test
    void aBaselineKeyDropsImageTagsAndNamesItsFileByTheWholeKey() {
        assertThat(BaselineKey.repository("registry.example.org:5000/carla/backend:1.4.2")).isEqualTo("registry.example.org:5000/carla/backend");
        assertThat(BaselineKey.repository("carla/backend@sha256:abc")).isEqualTo("carla/backend");
        BaselineKey a = new BaselineKey("vm-2cpu", "airgap", "app=reference levels=[light:5]");
        BaselineKey b = new BaselineKey("vm-2cpu", "airgap", "app=upstream levels=[light:5]");
        assertThat(a.fileName()).startsWith("vm-2cpu_airgap_").endsWith(".json").isNotEqualTo(b.fileName());
    }

    @Test
    void theStoreKeepsTheNewestGoodRuns(@TempDir Path dir) {
        BaselineStore store = new BaselineStore(dir);
        BaselineKey key = new BaselineKey("m", "airgap", "s");
        for (int i = 1; i <= 4; i++) {
            store.add(key, new RunRecord(RunRecord.FORMAT, "run " + i, key.toString(), Map.of("backend", "img sha256:1"),
                    List.of(level(i, 1, null, 1))), 3);
        }

        List<RunRecord> kept = store.baseline(key);
        assertThat(kept).extracting(RunRecord::recordedAt).containsExactly("run 2", "run 3", "run 4");
        assertThat(kept.get(0).level("light").orElseThrow().endpoint("/api/reports").orElseThrow().blocks()).hasSize(12);
        assertThat(store.baseline(new BaselineKey("other", "airgap", "s"))).isEmpty();
    }

    @Test
    void aFileOfAnotherFormatCountsAsNoBaseline(@TempDir Path dir) throws Exception {
        BaselineStore store = new BaselineStore(dir);
        BaselineKey key = new BaselineKey("m", "airgap", "s");
        java.nio.file.Files.writeString(store.file(key), "{\"format\": 1, \"recordedAt\": \"then\", \"levels\": []}");

        assertThat(store.baseline(key)).isEmpty();
        store.add(key, new RunRecord(RunRecord.FORMAT, "now", key.toString(), Map.of(), List.of(level(1, 1, null, 1))), 5);
        assertThat(store.baseline(key)).extracting(RunRecord::recordedAt).containsExactly("now");
    }
}

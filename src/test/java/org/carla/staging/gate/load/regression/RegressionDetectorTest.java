package org.carla.staging.gate.load.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RegressionDetectorTest {
    private static final Map<String, Double> ENDPOINTS = Map.of("/", 0.5, "/assets/*", 0.9, "/version.txt", 0.3, "/api/scenarios", 3.4,
            "/api/version", 3.0, "/api/auth/me", 55.0, "/api/reports", 40.0, "/api/simulation/status", 26.0);
    private static final Sensitivity SENSITIVITY = Sensitivity.of(0.2, 0.95, 5);

    /** A level of 12 one-second blocks; each block's median is the endpoint's median times noise, times a drift shared by all. */
    private static LevelSample level(long seed, double drift, String slowed, double factor) {
        Random random = new Random(seed);
        double[] shared = new double[12];
        for (int b = 0; b < shared.length; b++) shared[b] = Math.exp(0.15 * random.nextGaussian());
        List<EndpointSample> endpoints = new ArrayList<>();
        ENDPOINTS.forEach((name, median) -> {
            List<EndpointSample.Block> blocks = new ArrayList<>();
            for (int b = 0; b < shared.length; b++) {
                double m = median * drift * shared[b] * Math.exp(0.12 * random.nextGaussian()) * (name.equals(slowed) ? factor : 1);
                blocks.add(new EndpointSample.Block(b, 10, m));
            }
            endpoints.add(new EndpointSample(name, 120, 0, median, median, median, median, median, blocks, ""));
        });
        return new LevelSample("light", 5, 12, 1, 960, 0, 80, 4, 100, 300, endpoints);
    }

    @Test
    void aThirtyPercentSlowerEndpointIsFlaggedEvenOnABusierMachine() {
        LevelComparison comparison = new RegressionDetector(SENSITIVITY).compare(level(2, 1.4, "/api/reports", 1.3), level(1, 1.0, null, 1));

        assertThat(comparison.drift()).as("the busier machine, seen in every endpoint").isBetween(1.2, 1.8);
        assertThat(comparison.regressions()).singleElement().satisfies(e -> {
            assertThat(e.endpoint()).isEqualTo("/api/reports");
            assertThat(e.ratio()).isCloseTo(1.3, within(0.12));
            assertThat(e.low()).isGreaterThan(1.0);
            assertThat(e.confidence()).isGreaterThan(0.95);
        });
        assertThat(comparison.improvements()).isEmpty();
    }

    @Test
    void noiseAndACommonDriftRaiseNoFlag() {
        int flags = 0;
        for (long seed = 10; seed < 40; seed++) {
            LevelComparison comparison = new RegressionDetector(SENSITIVITY).compare(level(seed, 0.8 + seed % 5 * 0.15, null, 1), level(seed + 100, 1.0, null, 1));
            flags += comparison.regressions().size() + comparison.improvements().size();
        }
        assertThat(flags).as("flags over 30 unchanged comparisons of 8 endpoints").isZero();
    }

    @Test
    void anEndpointWithTooFewBlocksIsNotJudged() {
        LevelSample current = level(3, 1, null, 1);
        List<EndpointSample> thin = new ArrayList<>(current.endpoints());
        thin.replaceAll(e -> e.endpoint().equals("/api/reports")
                ? new EndpointSample(e.endpoint(), 4, 0, 1, 1, 1, 1, 1, e.blocks().subList(0, 3), "") : e);
        LevelSample sparse = new LevelSample("light", 5, 12, 1, 900, 0, 75, 4, 100, 300, thin);

        LevelComparison comparison = new RegressionDetector(SENSITIVITY).compare(sparse, level(4, 1, null, 1));

        assertThat(comparison.endpoints()).filteredOn(e -> e.endpoint().equals("/api/reports")).singleElement()
                .satisfies(e -> {
                    assertThat(e.change()).isEqualTo(EndpointChange.Change.NOT_JUDGED);
                    assertThat(e.note()).contains("3 now").contains("5 needed");
                });
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
    void aStoredBaselineReadsBackWithItsBlocks(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        BaselineStore store = new BaselineStore(dir);
        BaselineKey key = new BaselineKey("m", "airgap", "s");
        RunRecord run = new RunRecord(RunRecord.FORMAT, "2026-11-30T10:00:00Z", key.toString(), Map.of("backend", "img sha256:1"),
                List.of(level(5, 1, null, 1)));
        store.save(key, run);

        RunRecord read = store.baseline(key).orElseThrow();
        assertThat(read.level("light").orElseThrow().endpoint("/api/reports").orElseThrow().blocks()).hasSize(12);
        assertThat(store.baseline(new BaselineKey("other", "airgap", "s"))).isEmpty();
    }
}

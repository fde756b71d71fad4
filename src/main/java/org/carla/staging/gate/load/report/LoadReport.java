package org.carla.staging.gate.load.report;

import io.qameta.allure.Allure;
import java.util.List;
import org.carla.staging.gate.load.LoadResult;
import org.carla.staging.gate.load.ThresholdVerdict;
import org.carla.staging.gate.report.Figures;

/** What the running test's report shows of a load sweep: one call per level, one for the levels side by side. */
public final class LoadReport {
    private LoadReport() {
    }

    /**
     * Attaches one level: k6's summary with the threshold verdicts, the per-endpoint table, the {@code .hgrm}
     * export, and p95 and throughput as figures (parameters of the test, so the report's table shows them).
     *
     * @param level what the attachments are named after, e.g. "light"
     */
    public static void attach(String level, LoadResult result, List<ThresholdVerdict> verdicts) {
        Figures.text(level + " summary", SummaryTable.text(result) + "\n" + SummaryTable.verdicts(verdicts));
        Figures.html(level + " per endpoint", SummaryTable.html(List.of(result)));
        Allure.addAttachment(level + " latency.hgrm", "text/plain", result.hgrm(), ".hgrm");
        Figures.record(level + " p95", result.overall().duration().p95(), "ms", "see thresholds");
        Figures.record(level + " throughput", result.overall().requestRate(), "req/s", "reported");
    }

    /** Attaches the levels side by side: the comparison, then latency percentiles and throughput per level. */
    public static void attachComparison(List<LoadResult> results) {
        Figures.html("load levels compared", LevelComparison.html(results));
        Figures.svg("latency percentiles vs users", LoadCharts.latencyPercentiles(results));
        Figures.svg("throughput vs users", LoadCharts.throughput(results));
    }
}

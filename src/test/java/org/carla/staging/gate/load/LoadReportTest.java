package org.carla.staging.gate.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Allure;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.carla.staging.gate.load.report.LoadReport;
import org.junit.jupiter.api.Test;

/**
 * What one engine call puts in the report, read back from this test's own Allure result (the unit tests run
 * under Allure too). Lives beside the engine because the sample results need its package-private constructors.
 */
class LoadReportTest {
    private final List<LoadResult> levels = List.of(
            SampleResults.result(10, SampleResults.endpoint("/health", 100, 0, 10)),
            SampleResults.result(50, SampleResults.endpoint("/health", 400, 4, 10)));

    private static TestResult thisTest() {
        AtomicReference<TestResult> current = new AtomicReference<>();
        Allure.getLifecycle().updateTestCase(current::set);
        return current.get();
    }

    @Test
    void oneCallAttachesALevelsSummaryTableHistogramAndFigures() {
        LoadResult light = levels.get(0);

        LoadReport.attach("light", light, Threshold.evaluateAll(Threshold.parse("http_req_failed: rate<0.01"), light));

        TestResult test = thisTest();
        assertThat(test.getAttachments()).extracting(Attachment::getName).containsExactly("light summary", "light per endpoint",
                "light latency.hgrm", "figure: light p95", "figure: light throughput");
        assertThat(test.getAttachments()).extracting(Attachment::getType)
                .containsExactly("text/plain", "text/html", "text/plain", "text/plain", "text/plain");
        assertThat(test.getParameters()).extracting(Parameter::getName).containsExactly("light p95", "light throughput");
        assertThat(test.getParameters()).extracting(Parameter::getValue)
                .containsExactly("95.0 ms (limit see thresholds)", "10.0 req/s (limit reported)");
    }

    @Test
    void oneCallAttachesTheLevelsSideBySide() {
        LoadReport.attachComparison(levels);

        assertThat(thisTest().getAttachments()).extracting(Attachment::getName)
                .containsExactly("load levels compared", "latency percentiles vs users", "throughput vs users");
    }
}

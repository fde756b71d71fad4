package org.carla.staging.gate.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.carla.staging.gate.load.report.LevelComparison;
import org.carla.staging.gate.load.report.LoadCharts;
import org.carla.staging.gate.load.report.SummaryTable;
import org.carla.staging.gate.load.report.SvgChart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Lives beside the engine because the sample results need its package-private constructors. */
class ReportContentTest {
    private final List<LoadResult> levels = List.of(
            SampleResults.result(10, SampleResults.endpoint("/api/scenarios", 100, 0, 10), SampleResults.endpoint("/health", 50, 0, 10)),
            SampleResults.result(50, SampleResults.endpoint("/api/scenarios", 400, 4, 10), SampleResults.endpoint("/health", 200, 0, 10)),
            SampleResults.result(100, SampleResults.endpoint("/api/scenarios", 800, 40, 10), SampleResults.endpoint("/health <&>", 300, 0, 10)));

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void latencyAndThroughputChartsAreWellFormedSvgWithOnePointPerLevel() throws Exception {
        Document latency = parse(LoadCharts.latencyPercentiles(levels));
        Document throughput = parse(LoadCharts.throughput(levels));
        Document perEndpoint = parse(LoadCharts.endpointLatency(levels, 95));

        assertThat(latency.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(latency.getElementsByTagName("polyline").getLength()).isEqualTo(4);
        assertThat(latency.getElementsByTagName("circle").getLength()).isEqualTo(4 * 3);
        assertThat(throughput.getDocumentElement().getTextContent()).contains("10 VUs", "50 VUs", "100 VUs", "requests per second");
        assertThat(perEndpoint.getDocumentElement().getTextContent()).contains("/health <&>");
    }

    @Test
    void theGenericChartPlotsAnySeriesAsLinesOrBarsAndSurvivesNoData() throws Exception {
        Map<String, List<SvgChart.Point>> cpu = new LinkedHashMap<>();
        cpu.put("backend", List.of(new SvgChart.Point("10 VUs", 12.5), new SvgChart.Point("50 VUs", 61)));
        cpu.put("postgres", List.of(new SvgChart.Point("10 VUs", 3), new SvgChart.Point("50 VUs", Double.NaN)));

        Document bars = parse(SvgChart.bars("CPU per container", "load level", "CPU %", cpu));
        Document lines = parse(SvgChart.line("CPU per container", "load level", "CPU %", cpu));
        Document empty = parse(SvgChart.line("nothing", "x", "y", Map.of()));

        assertThat(bars.getElementsByTagName("rect").getLength()).isEqualTo(1 + 3 + 2);
        assertThat(lines.getElementsByTagName("circle").getLength()).isEqualTo(3);
        assertThat(empty.getDocumentElement().getTextContent()).contains("no data");
    }

    @Test
    void theComparisonIsOneWellFormedFragmentWithAColumnPerLevel() throws Exception {
        String html = LevelComparison.html(levels);

        Document document = parse(html);
        assertThat(document.getElementsByTagName("table").getLength()).isEqualTo(2);
        assertThat(document.getElementsByTagName("svg").getLength()).isEqualTo(2);
        assertThat(html).contains("<th>10 users (10 VUs)</th>", "http_req_duration p(95)", "dropped_iterations", "/health &lt;&amp;&gt;");
    }

    @Test
    void theTablesHaveARowPerLevelAndEndpointAndTheTextSummaryReadsLikeK6() throws Exception {
        String markdown = SummaryTable.markdown(levels);
        String text = SummaryTable.text(levels.get(1));

        assertThat(markdown.lines()).hasSize(2 + 3 * 3);
        assertThat(markdown).contains("| 50 VUs | /api/scenarios | 400 | 40.0 | 1.00% |");
        assertThat(parse(SummaryTable.html(levels)).getElementsByTagName("tr").getLength()).isEqualTo(1 + 9);
        assertThat(text).contains("http_req_duration....", "{ endpoint:/api/scenarios }", "http_req_failed", "dropped_iterations", "vus_max");
    }

    @Test
    void theHgrmExportIsHdrHistogramsPercentileDistributionInMilliseconds() {
        String hgrm = levels.get(0).hgrm();

        assertThat(hgrm).startsWith("       Value     Percentile TotalCount 1/(1-Percentile)");
        assertThat(hgrm).contains("#[Max     =      100.0", "Total count    =          150]");
    }

    @Test
    void verdictsRenderAsATickList() {
        List<ThresholdVerdict> verdicts = Threshold.evaluateAll(Threshold.parse("http_reqs: rate>1, count<0"), levels.get(0));

        assertThat(SummaryTable.verdicts(verdicts)).isEqualTo("  ✓ http_reqs rate=15.0/s satisfies rate>1\n  ✗ http_reqs count=150 violates count<0\n");
    }
}

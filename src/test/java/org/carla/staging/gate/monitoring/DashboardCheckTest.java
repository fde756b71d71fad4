package org.carla.staging.gate.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carla.staging.gate.monitoring.Datasource.QueryLanguage;
import org.carla.staging.gate.monitoring.PanelVerdict.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardCheckTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final List<Datasource> PROVISIONED = List.of(
            new Datasource("Prometheus", "prometheus", "prometheus", true, Duration.ofSeconds(10)),
            new Datasource("Loki", "loki", "loki", false, null),
            new Datasource("PostgreSQL", "postgres", "grafana-postgresql-datasource", false, null));
    // count({__name__="..."}) tells which metrics exist: everything but the ones named *missing*.

    @TempDir
    Path dir;

    /** A Prometheus that knows a few metrics: anything mentioning "missing" is empty, "bad(" an error. */
    private static final class FakePrometheus implements QueryRunner {
        final List<String> queries = new ArrayList<>();
        final List<QueryWindow> windows = new ArrayList<>();

        @Override
        public String describe() {
            return "fake Prometheus";
        }

        @Override
        public Answer run(Datasource ds, String query, QueryWindow window) {
            queries.add(query);
            windows.add(window);
            if (query.contains("bad(")) return Answer.error("bad_data: unknown function bad");
            return query.contains("missing") ? new Answer(0, 0, null) : new Answer(2, 40, null);
        }

        @Override
        public Optional<List<String>> variableOptions(String query, QueryWindow window) {
            return Optional.of(query.contains("gpu") ? List.of() : List.of("carla-client", "prometheus"));
        }
    }

    private List<PanelVerdict> check(String json, FakePrometheus prometheus) throws Exception {
        Path file = dir.resolve("d.json");
        Files.writeString(file, json);
        Dashboard d = DashboardFiles.read(file);
        return new DashboardCheck(PROVISIONED, Map.of(QueryLanguage.PROMQL, prometheus),
                Map.of(QueryLanguage.LOGQL, "Loki does not run in the air-gap world"), NOW, Duration.ofSeconds(15)).check(d);
    }

    private static String dashboard(String panels, String templating) {
        return "{\"title\":\"T\",\"time\":{\"from\":\"now-1h\",\"to\":\"now\"},\"templating\":{\"list\":[" + templating + "]},\"panels\":["
                + panels + "]}";
    }

    private static String panel(String title, String datasource, String... exprs) {
        StringBuilder targets = new StringBuilder();
        for (int i = 0; i < exprs.length; i++) {
            if (i > 0) targets.append(',');
            targets.append("{\"refId\":\"").append((char) ('A' + i)).append("\",\"expr\":").append(new ObjectMapper().valueToTree(exprs[i]).toString())
                    .append('}');
        }
        return "{\"title\":\"" + title + "\",\"type\":\"timeseries\",\"datasource\":" + datasource + ",\"targets\":[" + targets + "]}";
    }

    @Test
    void eachPanelGetsTheVerdictOfItsQueries() throws Exception {
        FakePrometheus prometheus = new FakePrometheus();
        List<PanelVerdict> verdicts = check(dashboard(String.join(",",
                panel("Requests", "{\"type\":\"prometheus\",\"uid\":\"prometheus\"}", "sum(rate(carla_api_requests_total[$__rate_interval]))"),
                panel("Blank", "{\"type\":\"prometheus\",\"uid\":\"prometheus\"}", "carla_missing_metric"),
                panel("Broken", "{\"type\":\"prometheus\",\"uid\":\"prometheus\"}", "bad(up)"),
                panel("Logs", "{\"type\":\"loki\",\"uid\":\"loki\"}", "{service=\"backend\"}"),
                panel("Unprovisioned", "{\"type\":\"prometheus\",\"uid\":\"P1809F7CD0C75ACF3\"}", "up")), ""), prometheus);
        assertThat(verdicts).extracting(PanelVerdict::panel, PanelVerdict::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Requests", Outcome.ANSWERED), org.assertj.core.groups.Tuple.tuple("Blank", Outcome.NO_DATA),
                org.assertj.core.groups.Tuple.tuple("Broken", Outcome.ERROR), org.assertj.core.groups.Tuple.tuple("Logs", Outcome.SKIPPED),
                org.assertj.core.groups.Tuple.tuple("Unprovisioned", Outcome.ERROR));
        assertThat(verdicts.get(0).queries()).containsExactly("sum(rate(carla_api_requests_total[40s]))");
        assertThat(verdicts.get(2).detail()).contains("unknown function bad");
        assertThat(verdicts.get(3).detail()).contains("Loki does not run in the air-gap world");
        assertThat(verdicts.get(4).detail()).contains("P1809F7CD0C75ACF3").contains("not provisioned");
        assertThat(prometheus.windows.get(0).range()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aPanelWithOneAnsweringQueryAnswers() throws Exception {
        List<PanelVerdict> verdicts = check(dashboard(panel("Mixed answers", "null", "carla_missing_metric", "up"), ""), new FakePrometheus());
        assertThat(verdicts.get(0).outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(verdicts.get(0).detail()).isEqualTo("1 of 2 queries returned data");
    }

    @Test
    void templateVariablesAreResolvedBeforeTheQueryRuns() throws Exception {
        FakePrometheus prometheus = new FakePrometheus();
        String vars = "{\"name\":\"job\",\"type\":\"query\",\"query\":\"label_values(job)\",\"includeAll\":true,\"multi\":true,"
                + "\"current\":{\"text\":[\"All\"],\"value\":[\"$__all\"]},\"datasource\":{\"type\":\"prometheus\",\"uid\":\"prometheus\"}},"
                + "{\"name\":\"gpu\",\"type\":\"query\",\"query\":\"label_values(nvidia_gpu_duty_cycle, minor_number)\","
                + "\"current\":{\"text\":\"0\",\"value\":\"0\"}}";
        List<PanelVerdict> verdicts = check(dashboard(String.join(",",
                panel("Up by job", "\"Prometheus\"", "up{job=~\"$job\"}"),
                panel("GPU", "null", "nvidia_gpu_missing{minor_number=~\"$gpu\"}")), vars), prometheus);
        assertThat(prometheus.queries).contains("up{job=~\".*\"}");
        assertThat(verdicts.get(0).outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(verdicts.get(1).outcome()).isEqualTo(Outcome.ERROR);
        assertThat(verdicts.get(1).detail()).contains("$gpu").contains("has no values");
    }

    @Test
    void sqlPanelsAndRowsAreHandledAndCollapsedRowsAreOpened() throws Exception {
        String sql = "{\"title\":\"Reports\",\"type\":\"table\",\"datasource\":{\"type\":\"grafana-postgresql-datasource\",\"uid\":\"postgres\"},"
                + "\"targets\":[{\"refId\":\"A\",\"rawSql\":\"SELECT 1\"}]}";
        String row = "{\"title\":\"Row\",\"type\":\"row\",\"collapsed\":true,\"panels\":[" + panel("Inside", "null", "up") + "]}";
        List<PanelVerdict> verdicts = check(dashboard(sql + "," + row, ""), new FakePrometheus());
        assertThat(verdicts).extracting(PanelVerdict::panel).containsExactly("Reports", "Inside");
        assertThat(verdicts.get(0).outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(verdicts.get(0).detail()).contains("grafana-postgresql-datasource");
    }

    @Test
    void theReportCountsAndListsTheBlankPanels() throws Exception {
        List<PanelVerdict> verdicts = check(dashboard(panel("A", "null", "up") + "," + panel("B", "null", "carla_missing"), ""), new FakePrometheus());
        DashboardReport report = new DashboardReport("fake", verdicts);
        assertThat(report.summary()).isEqualTo("2 panels of 1 dashboards checked against fake: 1 answered, 1 no data, 0 errors, 0 skipped");
        assertThat(report.blankList()).isEqualTo("T / B: NO_DATA no query returned data over now-1h .. now (A: no series of carla_missing)");
        assertThat(report.markdown()).contains("| T | A | ANSWERED |");
    }

    @Test
    void provisionedDatasourcesAndWrappedExportsAreRead() throws Exception {
        Path ds = Files.createDirectories(dir.resolve("datasources"));
        Files.writeString(ds.resolve("ds.yml"), "apiVersion: 1\ndatasources:\n  - name: Prometheus\n    uid: prometheus\n    type: prometheus\n"
                + "    isDefault: true\n    jsonData:\n      timeInterval: 10s\n  - name: PostgreSQL\n    type: postgres\n");
        assertThat(DashboardFiles.datasources(List.of(ds))).containsExactly(
                new Datasource("Prometheus", "prometheus", "prometheus", true, Duration.ofSeconds(10)),
                new Datasource("PostgreSQL", "PostgreSQL", "postgres", false, null));
        Path file = dir.resolve("export.json");
        Files.writeString(file, "{\"dashboard\":" + dashboard(panel("P", "null", "up"), "") + ",\"overwrite\":true}");
        assertThat(DashboardFiles.read(file).panels()).extracting(Dashboard.Panel::title).containsExactly("P");
    }

    @Test
    void anEmptyPanelWithANoValueTextAnswersOnlyWhileEveryMetricItReadsExists() throws Exception {
        String withNoValue = "{\"title\":\"Targets down\",\"type\":\"table\",\"fieldConfig\":{\"defaults\":{\"noValue\":\"none\"}},"
                + "\"targets\":[{\"refId\":\"A\",\"expr\":\"up{state=\\\"missing\\\"} == 0\"}]}";
        String typo = "{\"title\":\"Typo\",\"type\":\"table\",\"fieldConfig\":{\"defaults\":{\"noValue\":\"0\"}},"
                + "\"targets\":[{\"refId\":\"A\",\"expr\":\"sum(carla_missing_total)\"}]}";
        List<PanelVerdict> verdicts = check(dashboard(withNoValue + "," + typo, ""), new FakePrometheus());
        assertThat(verdicts.get(0).outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(verdicts.get(0).detail()).contains("shows 'none'");
        assertThat(verdicts.get(1).outcome()).isEqualTo(Outcome.NO_DATA);
        assertThat(verdicts.get(1).detail()).contains("no series of carla_missing_total");
    }
}

package org.carla.staging.acceptance.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Allure;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.carla.staging.acceptance.IntegrationTest;
import org.carla.staging.acceptance.support.Traffic;
import org.carla.staging.gate.await.Eventually;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.monitoring.Dashboard;
import org.carla.staging.gate.monitoring.DashboardCheck;
import org.carla.staging.gate.monitoring.DashboardFiles;
import org.carla.staging.gate.monitoring.DashboardReport;
import org.carla.staging.gate.monitoring.Datasource;
import org.carla.staging.gate.monitoring.Datasource.QueryLanguage;
import org.carla.staging.gate.monitoring.GrafanaRunner;
import org.carla.staging.gate.monitoring.LokiRunner;
import org.carla.staging.gate.monitoring.PanelVerdict;
import org.carla.staging.gate.monitoring.PrometheusRunner;
import org.carla.staging.gate.monitoring.QueryRunner;
import org.carla.staging.gate.report.Figures;
import org.carla.staging.gate.stack.Requirements;
import org.carla.staging.gate.stack.StagingStack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seed "Dashboards": every panel of every provisioned dashboard (staging.monitoring.dashboards: ours, and any
 * folder a user adds) shows data after traffic. Checked without Grafana: each panel's PromQL runs against
 * Prometheus with Grafana's variables resolved as Grafana resolves them; LogQL against Loki where Loki runs.
 * Where Grafana runs, the same panels also go through Grafana's own query API. A blank panel is named by
 * dashboard and panel title, with why.
 */
@IntegrationTest
@Feature("Monitoring and Observability")
@Story("Dashboards")
class DashboardQueriesTest {

    @TestFactory
    @DisplayName("Every dashboard panel answers after traffic (PromQL against Prometheus, LogQL against Loki where it runs)")
    Stream<DynamicTest> everyPanelAnswersWithoutGrafana(HttpSpecs http, GateConfig config, StagingStack stack) {
        Map<QueryLanguage, QueryRunner> runners = new EnumMap<>(QueryLanguage.class);
        Map<QueryLanguage, String> unavailable = new EnumMap<>(QueryLanguage.class);
        PrometheusRunner prometheus = new PrometheusRunner(stack.endpoints().prometheus(), config.timeouts().httpRequest());
        runners.put(QueryLanguage.PROMQL, prometheus);
        stack.leftOut("loki").ifPresentOrElse(why -> unavailable.put(QueryLanguage.LOGQL, "LogQL not checked: " + why),
                () -> runners.put(QueryLanguage.LOGQL, new LokiRunner(stack.endpoints().loki(), config.timeouts().httpRequest())));
        return check(http, config, runners, unavailable, prometheus.describe());
    }

    @TestFactory
    @DisplayName("Where Grafana runs, every dashboard panel answers through Grafana's query API")
    Stream<DynamicTest> everyPanelAnswersThroughGrafana(HttpSpecs http, GateConfig config, StagingStack stack) {
        Requirements.service(stack, "grafana");
        PrometheusRunner variables = new PrometheusRunner(stack.endpoints().prometheus(), config.timeouts().httpRequest());
        GrafanaRunner grafana = new GrafanaRunner(stack.endpoints().grafana(), config.timeouts().httpRequest(),
                config.grafanaAdmin().username(), config.grafanaAdmin().password(), variables);
        Map<QueryLanguage, QueryRunner> runners = new EnumMap<>(QueryLanguage.class);
        runners.put(QueryLanguage.PROMQL, grafana);
        runners.put(QueryLanguage.LOGQL, grafana);
        return check(http, config, runners, Map.of(), grafana.describe());
    }

    private static Stream<DynamicTest> check(HttpSpecs http, GateConfig config, Map<QueryLanguage, QueryRunner> runners,
                                             Map<QueryLanguage, String> unavailable, String against) {
        List<Dashboard> dashboards = DashboardFiles.read(config.monitoring().dashboards());
        var datasources = DashboardFiles.datasources(config.monitoring().datasources());
        // The check runs inside the first dynamic test, not in the factory: Allure keeps a test's figures and
        // attachments only while a test runs. The dashboards' own tests then read its report.
        AtomicReference<DashboardReport> checked = new AtomicReference<>();
        Supplier<DashboardReport> report = () -> {
            if (checked.get() == null) checked.set(checkPanels(http, config, runners, unavailable, against, dashboards, datasources));
            return checked.get();
        };
        DynamicTest summary = DynamicTest.dynamicTest("the panels of " + dashboards.size() + " dashboards, checked against " + against, () -> {
            DashboardReport r = report.get();
            Allure.addAttachment("dashboard panels", "text/markdown", r.markdown(), ".md");
            Figures.record("panels answered", r.counts().get(PanelVerdict.Outcome.ANSWERED), "panels", r.verdicts().size() + " checked");
        });
        return Stream.concat(Stream.of(summary), dashboards.stream().map(d -> DynamicTest.dynamicTest(d.title() + " (" + d.file().getFileName() + ")", () -> {
            List<PanelVerdict> mine = report.get().verdicts().stream().filter(v -> v.dashboard().equals(d.title())).toList();
            Allure.parameter("panels", mine.size());
            Allure.parameter("answered", mine.stream().filter(v -> v.outcome() == PanelVerdict.Outcome.ANSWERED).count());
            Allure.parameter("skipped", mine.stream().filter(v -> v.outcome() == PanelVerdict.Outcome.SKIPPED)
                    .map(v -> v.panel() + ": " + v.detail()).toList().toString());
            assertThat(mine).as("panels of dashboard '%s' that would be blank or broken (%s)", d.title(), d.file())
                    .filteredOn(PanelVerdict::blank).extracting(v -> v.panel() + ": " + v.outcome() + " " + v.detail()).isEmpty();
        })));
    }

    /** Every panel of every dashboard, waited for until none is blank or the bound passes; the last whole report. */
    private static DashboardReport checkPanels(HttpSpecs http, GateConfig config, Map<QueryLanguage, QueryRunner> runners,
                                               Map<QueryLanguage, String> unavailable, String against, List<Dashboard> dashboards,
                                               List<Datasource> datasources) {
        Traffic.send(http, config, 3);
        AtomicReference<DashboardReport> last = new AtomicReference<>();
        AtomicReference<RuntimeException> broken = new AtomicReference<>();
        try {
            // A rate needs two scrapes in its window: a panel may still be filling right after the stack started.
            new Eventually(config.timeouts()).untilAsserted("every dashboard panel answers", () -> {
                DashboardCheck check = new DashboardCheck(datasources, runners, unavailable, Instant.now(), config.monitoring().scrapeInterval());
                try {
                    DashboardReport report = new DashboardReport(against, dashboards.stream().flatMap(d -> check.check(d).stream()).toList());
                    if (Thread.currentThread().isInterrupted()) return; // the wait ended mid-check: keep the last whole report
                    last.set(report);
                } catch (RuntimeException cannotCheck) {
                    broken.set(cannotCheck);
                    return; // the check itself cannot run: no point waiting
                }
                assertThat(last.get().blank()).isEmpty();
            });
        } catch (AssertionError | org.awaitility.core.ConditionTimeoutException stillBlank) {
            // reported per dashboard, by panel
        }
        if (broken.get() != null) throw new IllegalStateException("the dashboard check could not run: " + broken.get().getMessage(), broken.get());
        if (last.get() == null) throw new IllegalStateException("the dashboard check did not finish once within " + config.timeouts().eventually());
        return last.get();
    }
}

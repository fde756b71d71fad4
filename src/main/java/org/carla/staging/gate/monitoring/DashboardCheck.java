package org.carla.staging.gate.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carla.staging.gate.monitoring.Datasource.QueryLanguage;

/**
 * Runs every panel of a dashboard the way Grafana would show it: resolves the panel's data source among the
 * provisioned ones, the dashboard's template variables and Grafana's built-ins for the dashboard's time
 * range, runs each visible query with the runner of its language, and gives the panel a {@link PanelVerdict}.
 * Languages without a runner are skipped with the reason given for them (e.g. "Loki does not run here").
 */
public final class DashboardCheck {
    private static final Set<String> SPECIAL = Set.of("-- Grafana --", "grafana", "-- Dashboard --", "datasource");
    private static final String MIXED = "-- Mixed --";

    private final List<Datasource> datasources;
    private final Map<QueryLanguage, QueryRunner> runners;
    private final Map<QueryLanguage, String> unavailable;
    private final Instant now;
    private final Duration defaultScrapeInterval;

    public DashboardCheck(List<Datasource> datasources, Map<QueryLanguage, QueryRunner> runners, Map<QueryLanguage, String> unavailable,
                          Instant now, Duration defaultScrapeInterval) {
        this.datasources = List.copyOf(datasources);
        this.runners = Map.copyOf(runners);
        this.unavailable = Map.copyOf(unavailable);
        this.now = now;
        this.defaultScrapeInterval = defaultScrapeInterval;
    }

    public List<PanelVerdict> check(Dashboard dashboard) {
        Instant from = GrafanaTime.instant(dashboard.timeFrom(), now);
        Instant to = GrafanaTime.instant(dashboard.timeTo(), now);
        Duration scrape = defaultDatasource().map(Datasource::timeInterval).orElse(defaultScrapeInterval);
        QueryWindow dashboardWindow = QueryWindow.of(from, to, scrape, null, null, false);
        VariableResolver.Resolution vars = new VariableResolver((v, q) -> {
            Optional<Datasource> ds = resolve(v.datasource(), Map.of());
            QueryRunner runner = ds.map(d -> runners.get(d.language())).orElse(null);
            return runner == null ? Optional.empty() : runner.variableOptions(q, dashboardWindow);
        }).resolve(dashboard.variables(), dashboardWindow.builtins());
        List<PanelVerdict> verdicts = new ArrayList<>();
        for (Dashboard.Panel panel : dashboard.panels()) verdicts.add(check(dashboard, panel, from, to, scrape, vars));
        return verdicts;
    }

    private PanelVerdict check(Dashboard d, Dashboard.Panel panel, Instant from, Instant to, Duration scrape,
                               VariableResolver.Resolution vars) {
        List<String> ran = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> emptyBecause = new ArrayList<>();
        List<String> emptyOnPurpose = new ArrayList<>();
        int answered = 0;
        for (Dashboard.Target target : panel.targets()) {
            if (target.hidden()) continue;
            DatasourceRef ref = target.datasource().isDefault() ? panel.datasource() : target.datasource();
            if (isMixed(ref)) ref = DatasourceRef.DEFAULT;
            Optional<Datasource> ds = resolve(ref, vars.values());
            if (ds.isEmpty()) {
                if (isSpecial(ref)) {
                    skipped.add(target.refId() + ": Grafana's built-in data source (" + ref.describe() + ")");
                } else {
                    errors.add(target.refId() + ": data source " + ref.describe() + " is not provisioned");
                }
                continue;
            }
            QueryLanguage language = ds.get().language();
            QueryRunner runner = runners.get(language);
            if (runner == null) {
                skipped.add(target.refId() + ": " + unavailable.getOrDefault(language, ds.get().type() + " queries are not checked by the gate"));
                continue;
            }
            if (target.expr() == null || target.expr().isBlank()) {
                errors.add(target.refId() + ": no query");
                continue;
            }
            QueryWindow window = QueryWindow.of(from, to, ds.get().timeInterval() == null ? scrape : ds.get().timeInterval(),
                    panel.minInterval() == null ? null : minInterval(panel.minInterval(), vars), panel.maxDataPoints(), target.instant());
            TemplateInterpolator.Result query = TemplateInterpolator.interpolate(target.expr(), vars.values(), window.builtins());
            ran.add(query.text());
            List<String> variableProblems = TemplateInterpolator.references(target.expr()).stream()
                    .filter(vars.problems()::containsKey).map(n -> "$" + n + ": " + vars.problems().get(n)).toList();
            QueryRunner.Answer answer = runner.run(ds.get(), query.text(), window);
            if (answer.failed()) {
                errors.add(target.refId() + ": " + answer.error() + (query.unknown().isEmpty() ? "" : " (undefined variables: " + query.unknown() + ")"));
            } else if (answer.hasData()) {
                answered++;
            } else if (!variableProblems.isEmpty()) {
                errors.add(target.refId() + ": " + String.join("; ", variableProblems));
            } else {
                List<String> missing = language == QueryLanguage.PROMQL ? missingMetrics(runner, ds.get(), query.text(), window) : List.of();
                if (missing.isEmpty() && panel.noValue() != null) {
                    answered++; // every metric it reads has series: empty is its healthy state, shown as its noValue text
                    emptyOnPurpose.add(target.refId());
                } else {
                    emptyBecause.add(target.refId() + (missing.isEmpty()
                            ? language == QueryLanguage.PROMQL ? ": its metrics have series, its selection matches none" : ": empty"
                            : ": no series of " + String.join(", ", missing)));
                }
            }
        }
        return verdict(d, panel, ran, errors, skipped, answered, emptyBecause, emptyOnPurpose);
    }

    /** The metrics a PromQL query reads that have no series at all in the window: why a panel is blank. */
    private static List<String> missingMetrics(QueryRunner runner, Datasource ds, String query, QueryWindow window) {
        return PromqlMetrics.names(query).stream()
                .filter(name -> !runner.run(ds, "count({__name__=\"" + name + "\"})", window).hasData()).toList();
    }

    private static PanelVerdict verdict(Dashboard d, Dashboard.Panel panel, List<String> ran, List<String> errors, List<String> skipped,
                                        int answered, List<String> emptyBecause, List<String> emptyOnPurpose) {
        if (!errors.isEmpty()) return new PanelVerdict(d.title(), panel.title(), PanelVerdict.Outcome.ERROR, String.join("; ", errors), ran);
        if (answered > 0) return new PanelVerdict(d.title(), panel.title(), PanelVerdict.Outcome.ANSWERED,
                answered + " of " + (answered + emptyBecause.size()) + " queries returned data" + (emptyOnPurpose.isEmpty() ? ""
                        : " (" + String.join(", ", emptyOnPurpose) + " empty with every metric present: shows '" + panel.noValue() + "')"), ran);
        if (!emptyBecause.isEmpty()) return new PanelVerdict(d.title(), panel.title(), PanelVerdict.Outcome.NO_DATA,
                "no query returned data over " + d.timeFrom() + " .. " + d.timeTo() + " (" + String.join("; ", emptyBecause) + ")", ran);
        if (!skipped.isEmpty()) return new PanelVerdict(d.title(), panel.title(), PanelVerdict.Outcome.SKIPPED, String.join("; ", skipped), ran);
        return new PanelVerdict(d.title(), panel.title(), PanelVerdict.Outcome.ERROR, "the panel has no query", ran);
    }

    private static Duration minInterval(String text, VariableResolver.Resolution vars) {
        String resolved = TemplateInterpolator.interpolate(text, vars.values(), Map.of()).text().replace(">", "");
        try {
            return GrafanaTime.interval(resolved);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The provisioned data source a reference names: by uid, by name, via a datasource variable, or the default. */
    Optional<Datasource> resolve(DatasourceRef ref, Map<String, ResolvedVariable> vars) {
        if (ref.isDefault()) return defaultDatasource();
        String key = ref.uid() != null ? ref.uid() : ref.name();
        if (key != null && key.contains("$")) {
            String resolved = TemplateInterpolator.interpolate(key, vars, Map.of()).text();
            if (resolved.equals(key) && ref.type() != null) {
                return datasources.stream().filter(d -> d.type().equals(ref.type())).findFirst(); // ${DS_X} of an export
            }
            key = resolved;
        }
        String k = key;
        return datasources.stream().filter(d -> d.uid().equals(k) || d.name().equals(k)).findFirst();
    }

    private Optional<Datasource> defaultDatasource() {
        return datasources.stream().filter(Datasource::isDefault).findFirst().or(() -> datasources.stream().findFirst());
    }

    private static boolean isMixed(DatasourceRef ref) {
        return MIXED.equals(ref.uid()) || MIXED.equals(ref.name());
    }

    private static boolean isSpecial(DatasourceRef ref) {
        return java.util.stream.Stream.of(ref.uid(), ref.name(), ref.type()).anyMatch(x -> x != null && SPECIAL.contains(x));
    }
}

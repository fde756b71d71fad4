package org.carla.staging.gate.monitoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The dashboard check's result as text: a count per outcome and a Markdown table of every panel. */
public record DashboardReport(String against, List<PanelVerdict> verdicts) {
    public DashboardReport {
        verdicts = List.copyOf(verdicts);
    }

    public Map<PanelVerdict.Outcome, Long> counts() {
        Map<PanelVerdict.Outcome, Long> counts = new EnumMap<>(PanelVerdict.Outcome.class);
        for (PanelVerdict.Outcome o : PanelVerdict.Outcome.values()) counts.put(o, 0L);
        verdicts.forEach(v -> counts.merge(v.outcome(), 1L, Long::sum));
        return counts;
    }

    public List<PanelVerdict> blank() {
        return verdicts.stream().filter(PanelVerdict::blank).toList();
    }

    /** e.g. "40 panels checked against Prometheus ...: 33 answered, 1 no data, 0 errors, 6 skipped". */
    public String summary() {
        Map<PanelVerdict.Outcome, Long> c = counts();
        long dashboards = verdicts.stream().map(PanelVerdict::dashboard).distinct().count();
        return verdicts.size() + " panels of " + dashboards + " dashboards checked against " + against + ": "
                + c.get(PanelVerdict.Outcome.ANSWERED) + " answered, " + c.get(PanelVerdict.Outcome.NO_DATA) + " no data, "
                + c.get(PanelVerdict.Outcome.ERROR) + " errors, " + c.get(PanelVerdict.Outcome.SKIPPED) + " skipped";
    }

    public String markdown() {
        return "| dashboard | panel | outcome | detail | query as run |\n|---|---|---|---|---|\n"
                + verdicts.stream().map(v -> "| " + cell(v.dashboard()) + " | " + cell(v.panel()) + " | " + v.outcome() + " | "
                        + cell(v.detail()) + " | " + v.queries().stream().map(q -> "`" + cell(q) + "`").collect(Collectors.joining("<br>")) + " |")
                .collect(Collectors.joining("\n")) + "\n\n" + summary() + "\n";
    }

    /** One line per blank panel: "dashboard / panel: OUTCOME detail". */
    public String blankList() {
        return blank().stream().map(v -> v.where() + ": " + v.outcome() + " " + v.detail()).collect(Collectors.joining("\n"));
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}

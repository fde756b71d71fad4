package org.carla.staging.gate.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Findings as an HTML table and a markdown table (one row per rule and evidence: severity, how many
 * places, example URLs, advice) plus a one-line summary. Strings only: the caller attaches them.
 */
public final class FindingsReport {
    private static final int EXAMPLES = 3;
    private final List<Finding> findings;
    private final int rules;
    private final long subjects;
    private final String noun;

    public FindingsReport(Collection<Finding> findings, int rules, long exchanges) {
        this(findings, rules, exchanges, "exchanges");
    }

    /** {@code noun} names what was inspected in the summary, e.g. "containers". */
    public FindingsReport(Collection<Finding> findings, int rules, long subjects, String noun) {
        this.findings = List.copyOf(findings);
        this.rules = rules;
        this.subjects = subjects;
        this.noun = noun;
    }

    /** Findings of the same rule and evidence, wherever they were seen. */
    record Row(Finding first, Set<String> urls) {
    }

    List<Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Finding f : findings) {
            rows.computeIfAbsent(f.ruleId() + '\u0000' + f.evidence(), k -> new Row(f, new LinkedHashSet<>()))
                    .urls().add(PathTemplate.ofUrl(f.url()));
        }
        List<Row> sorted = new ArrayList<>(rows.values());
        sorted.sort(Comparator.comparing((Row r) -> r.first().severity()).thenComparing(r -> r.first().ruleId()));
        return sorted;
    }

    /** e.g. {@code 31 rules × 340 exchanges: 0 FAIL, 3 WARN}. */
    public String summary() {
        long fail = findings.stream().filter(f -> f.severity() == Verdict.FAIL).count();
        long warn = findings.stream().filter(f -> f.severity() == Verdict.WARN).count();
        return rules + " rules × " + subjects + " " + noun + ": " + fail + " FAIL, " + warn + " WARN";
    }

    public String html() {
        StringBuilder out = new StringBuilder("<p>").append(escape(summary())).append("</p>\n");
        if (findings.isEmpty()) return out.append("<p>No findings.</p>\n").toString();
        out.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr><th>Rule</th><th>Severity</th>"
                + "<th>Count</th><th>Example URLs</th><th>Evidence</th><th>Advice</th></tr></thead>\n<tbody>\n");
        for (Row row : rows()) {
            Finding f = row.first();
            out.append("<tr><td><code>").append(escape(f.ruleId())).append("</code><br>").append(escape(f.title()))
                    .append("</td><td>").append(f.severity()).append("</td><td>").append(row.urls().size())
                    .append("</td><td>").append(String.join("<br>", examples(row).stream().map(FindingsReport::escape).toList()))
                    .append("</td><td>").append(escape(f.evidence())).append("</td><td>").append(escape(f.advice()))
                    .append("</td></tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    public String markdown() {
        StringBuilder out = new StringBuilder(summary()).append("\n\n");
        if (findings.isEmpty()) return out.append("No findings.\n").toString();
        out.append("| rule | severity | count | example URLs | evidence | advice |\n|---|---|---|---|---|---|\n");
        for (Row row : rows()) {
            Finding f = row.first();
            out.append("| ").append(cell(f.ruleId())).append(" | ").append(f.severity()).append(" | ")
                    .append(row.urls().size()).append(" | ").append(cell(String.join(" ", examples(row)))).append(" | ")
                    .append(cell(f.evidence())).append(" | ").append(cell(f.advice())).append(" |\n");
        }
        return out.toString();
    }

    private static List<String> examples(Row row) {
        List<String> urls = row.urls().stream().limit(EXAMPLES).toList();
        int more = row.urls().size() - urls.size();
        if (more <= 0) return urls;
        List<String> withMore = new ArrayList<>(urls);
        withMore.add("(+" + more + " more)");
        return withMore;
    }

    static String escape(String text) {
        return org.carla.staging.gate.report.Html.escape(text);
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;");
    }
}

package org.carla.staging.gate.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings grouped per rule and route template (or container): one row each with how many instances and a
 * few examples, sorted by severity and then by size, so that no noisy rule buries another. HTML and
 * markdown tables, the failing groups as one-liners, and a one-line summary. Strings only: the caller
 * attaches them.
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

    /** The findings of one rule at one route template (or container): how many, and what they looked like. */
    public record Group(Finding first, String place, List<Finding> instances) {
        public Verdict severity() {
            return first.severity();
        }

        /** Up to three distinct pieces of evidence, and how many more there are. */
        List<String> examples() {
            List<String> distinct = instances.stream().map(f -> PathTemplate.ofUrl(f.url()).equals(place) && instances.size() == 1
                    ? f.evidence() : f.evidence() + " (" + f.url() + ")").distinct().toList();
            List<String> shown = new ArrayList<>(distinct.subList(0, Math.min(EXAMPLES, distinct.size())));
            if (distinct.size() > EXAMPLES) shown.add("(+" + (distinct.size() - EXAMPLES) + " more)");
            return shown;
        }

        @Override
        public String toString() {
            return first.ruleId() + " " + severity() + " at " + place + " (" + instances.size() + (instances.size() == 1 ? " instance" : " instances")
                    + "): " + first.title() + ": " + first.evidence();
        }
    }

    public List<Group> groups() {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            String place = PathTemplate.ofUrl(f.url());
            groups.computeIfAbsent(f.ruleId() + '\u0000' + place, k -> new Group(f, place, new ArrayList<>())).instances().add(f);
        }
        List<Group> sorted = new ArrayList<>(groups.values());
        sorted.sort(Comparator.comparing(Group::severity).thenComparing(g -> -g.instances().size()).thenComparing(g -> g.first().ruleId()));
        return sorted;
    }

    /** The groups rated FAIL, one line each: what an assertion message should show. */
    public List<String> failingGroups() {
        return groups().stream().filter(g -> g.severity() == Verdict.FAIL).map(Group::toString).toList();
    }

    /** e.g. {@code 31 rules × 340 exchanges: 2 FAIL in 1 group, 3 WARN in 2 groups}. */
    public String summary() {
        List<Group> groups = groups();
        return rules + " rules × " + subjects + " " + noun + ": " + count(groups, Verdict.FAIL) + ", " + count(groups, Verdict.WARN);
    }

    private static String count(List<Group> groups, Verdict verdict) {
        List<Group> of = groups.stream().filter(g -> g.severity() == verdict).toList();
        int instances = of.stream().mapToInt(g -> g.instances().size()).sum();
        return instances + " " + verdict + (of.isEmpty() ? "" : " in " + of.size() + (of.size() == 1 ? " group" : " groups"));
    }

    public String html() {
        StringBuilder out = new StringBuilder("<p>").append(escape(summary())).append("</p>\n");
        if (findings.isEmpty()) return out.append("<p>No findings.</p>\n").toString();
        out.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr><th>Rule</th><th>Severity</th>"
                + "<th>Where</th><th>Instances</th><th>Examples</th><th>Advice</th></tr></thead>\n<tbody>\n");
        for (Group group : groups()) {
            Finding f = group.first();
            out.append("<tr><td><code>").append(escape(f.ruleId())).append("</code><br>").append(escape(f.title()))
                    .append("</td><td>").append(f.severity()).append("</td><td>").append(escape(group.place()))
                    .append("</td><td>").append(group.instances().size())
                    .append("</td><td>").append(String.join("<br>", group.examples().stream().map(FindingsReport::escape).toList()))
                    .append("</td><td>").append(escape(f.advice())).append("</td></tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    public String markdown() {
        StringBuilder out = new StringBuilder(summary()).append("\n\n");
        if (findings.isEmpty()) return out.append("No findings.\n").toString();
        out.append("| rule | severity | where | instances | examples | advice |\n|---|---|---|---|---|---|\n");
        for (Group group : groups()) {
            Finding f = group.first();
            out.append("| ").append(cell(f.ruleId())).append(" | ").append(f.severity()).append(" | ").append(cell(group.place()))
                    .append(" | ").append(group.instances().size()).append(" | ").append(cell(String.join("; ", group.examples())))
                    .append(" | ").append(cell(f.advice())).append(" |\n");
        }
        return out.toString();
    }

    static String escape(String text) {
        return org.carla.staging.gate.report.Html.escape(text);
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;");
    }
}

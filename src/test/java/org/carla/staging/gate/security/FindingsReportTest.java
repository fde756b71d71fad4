package org.carla.staging.gate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsReportTest {
    private static final List<Finding> FINDINGS = List.of(
            new Finding("HDR-XCTO", "nosniff", Verdict.FAIL, "http://h/a/1", "no X-Content-Type-Options", "add it"),
            new Finding("HDR-XCTO", "nosniff", Verdict.FAIL, "http://h/a/2", "no X-Content-Type-Options", "add it"),
            new Finding("HDR-XCTO", "nosniff", Verdict.FAIL, "http://h/b", "no X-Content-Type-Options", "add it"),
            new Finding("LEAK-PATH", "path", Verdict.WARN, "http://h/c", "<script>\"x\" & 'y'</script>", "fix | it"));

    @Test
    void summaryCountsInstancesAndGroups() {
        assertThat(new FindingsReport(FINDINGS, 12, 340).summary()).isEqualTo("12 rules × 340 exchanges: 3 FAIL in 2 groups, 1 WARN in 1 group");
        assertThat(new FindingsReport(List.of(), 16, 6, "containers").summary()).isEqualTo("16 rules × 6 containers: 0 FAIL, 0 WARN");
    }

    @Test
    void findingsAreGroupedPerRuleAndRouteTemplate() {
        List<FindingsReport.Group> groups = new FindingsReport(FINDINGS, 12, 340).groups();
        assertThat(groups).extracting(FindingsReport.Group::place).containsExactly("http://h/a/{id}", "http://h/b", "http://h/c");
        assertThat(groups.get(0).instances()).hasSize(2);
        assertThat(new FindingsReport(FINDINGS, 12, 340).failingGroups()).containsExactly(
                "HDR-XCTO FAIL at http://h/a/{id} (2 instances): nosniff: no X-Content-Type-Options",
                "HDR-XCTO FAIL at http://h/b (1 instance): nosniff: no X-Content-Type-Options");
    }

    @Test
    void aNoisyRuleCannotBuryASeriousOne() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 134; i++) findings.add(new Finding("CACHE-AUTH", "cache", Verdict.WARN, "http://h/api/reports/" + i, "no Cache-Control", ""));
        findings.add(new Finding("LEAK-CREDENTIAL", "credential", Verdict.FAIL, "http://h/api/config", "database_url with password", ""));
        FindingsReport report = new FindingsReport(findings, 2, 135);
        assertThat(report.groups()).hasSize(2);
        assertThat(report.groups().get(0).first().ruleId()).as("FAIL first, whatever the counts").isEqualTo("LEAK-CREDENTIAL");
        assertThat(report.groups().get(1).instances()).hasSize(134);
        assertThat(report.html()).contains("<td>134</td>").contains("(+131 more)");
    }

    @Test
    void htmlEscapesAndPutsFailuresFirst() {
        String html = new FindingsReport(FINDINGS, 12, 340).html();
        assertThat(html).contains("&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;").doesNotContain("<script>");
        assertThat(html.indexOf("HDR-XCTO")).as("FAIL rows first").isLessThan(html.indexOf("LEAK-PATH"));
    }

    @Test
    void markdownEscapesPipes() {
        assertThat(new FindingsReport(FINDINGS, 12, 340).markdown()).contains("fix \\| it").contains("| HDR-XCTO | FAIL | http://h/a/{id} | 2 |");
    }

    @Test
    void emptyReportSaysSo() {
        assertThat(new FindingsReport(List.of(), 1, 1).html()).contains("No findings.");
    }
}

package org.carla.staging.gate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsReportTest {
    private static final List<Finding> FINDINGS = List.of(
            new Finding("HDR-XCTO", "nosniff", Verdict.FAIL, "http://h/a/1", "no X-Content-Type-Options", "add it"),
            new Finding("HDR-XCTO", "nosniff", Verdict.FAIL, "http://h/b", "no X-Content-Type-Options", "add it"),
            new Finding("LEAK-PATH", "path", Verdict.WARN, "http://h/c", "<script>\"x\" & 'y'</script>", "fix | it"));

    @Test
    void summaryCountsFailuresAndWarnings() {
        assertThat(new FindingsReport(FINDINGS, 12, 340).summary()).isEqualTo("12 rules × 340 exchanges: 2 FAIL, 1 WARN");
        assertThat(new FindingsReport(List.of(), 16, 6, "containers").summary()).isEqualTo("16 rules × 6 containers: 0 FAIL, 0 WARN");
    }

    @Test
    void htmlGroupsByRuleAndEvidenceAndEscapes() {
        String html = new FindingsReport(FINDINGS, 12, 340).html();
        assertThat(html).contains("<td>2</td>").contains("http://h/a/{id}<br>http://h/b")
                .contains("&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;")
                .doesNotContain("<script>");
        assertThat(html.indexOf("HDR-XCTO")).as("FAIL rows first").isLessThan(html.indexOf("LEAK-PATH"));
    }

    @Test
    void markdownEscapesPipes() {
        assertThat(new FindingsReport(FINDINGS, 12, 340).markdown()).contains("fix \\| it").contains("| HDR-XCTO | FAIL | 2 |");
    }

    @Test
    void emptyReportSaysSo() {
        assertThat(new FindingsReport(List.of(), 1, 1).html()).contains("No findings.");
    }
}

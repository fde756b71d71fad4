package org.carla.staging.gate.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdTest {
    private final LoadResult result = SampleResults.result(50,
            SampleResults.endpoint("/api/scenarios", 1000, 0, 10),
            SampleResults.endpoint("/api/reports/${id}", 100, 5, 10));

    @Test
    void oneExpressionMayHoldSeveralConditionsOnOneEndpoint() {
        List<Threshold> parsed = Threshold.parse("http_req_duration{endpoint:/api/scenarios}: p(95)<1000, p(99)<1500");

        assertThat(parsed).hasSize(2);
        assertThat(parsed.get(0)).isEqualTo(new Threshold("http_req_duration", "/api/scenarios", "p(95)", 95, "<", 1000));
        assertThat(parsed.get(1).toString()).isEqualTo("http_req_duration{endpoint:/api/scenarios}: p(99)<1500");
    }

    @Test
    void anEndpointMayContainBracesAndColons() {
        assertThat(Threshold.parse("http_reqs{endpoint:/api/reports/${id}}: count>=100").get(0).endpoint()).isEqualTo("/api/reports/${id}");
    }

    @Test
    void aFailingThresholdSaysWhatWasMeasuredAndWhichRuleItBroke() {
        ThresholdVerdict verdict = Threshold.parse("http_req_duration{endpoint:/api/scenarios}: p(95)<900").get(0).evaluate(result);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.measured()).isBetween(949.0, 951.0);
        assertThat(verdict.message()).isEqualTo("http_req_duration{endpoint:/api/scenarios} p(95)=950.3ms violates p(95)<900");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "http_req_duration: p(95)<1000; true; http_req_duration p(95)=945.2ms satisfies p(95)<1000",
        "http_req_failed: rate<0.001; false; http_req_failed rate=0.0045 violates rate<0.001",
        "http_req_failed{endpoint:/api/reports/${id}}: rate<0.01; false; http_req_failed{endpoint:/api/reports/${id}} rate=0.0500 violates rate<0.01",
        "dropped_iterations: count<1; false; dropped_iterations count=2 violates count<1",
        "late_iterations: count<=3; true; late_iterations count=3 satisfies count<=3",
        "http_reqs: rate>50; true; http_reqs rate=110.0/s satisfies rate>50",
        "iterations: count>1000; false; iterations count=500 violates count>1000",
        "vus: value==50; true; vus value=50 satisfies value==50",
        "http_req_duration: avg<100, max<2000; false; http_req_duration avg=459.6ms violates avg<100"
    })
    void eachMetricIsMeasuredAndRendered(String expression, boolean passed, String message) {
        ThresholdVerdict verdict = Threshold.parse(expression).get(0).evaluate(result);

        assertThat(verdict.message()).isEqualTo(message);
        assertThat(verdict.passed()).isEqualTo(passed);
    }

    @Test
    void aThresholdOnAnEndpointThatSawNoRequestFailsAndListsTheRecordedOnes() {
        ThresholdVerdict verdict = Threshold.parse("http_req_duration{endpoint:/nope}: p(95)<1000").get(0).evaluate(result);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.message()).contains("/nope", "no request", "/api/scenarios");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "http_req_duration p(95)<1000; expected metric[{endpoint:...}]: condition",
        "http_req_durations: p(95)<1000; unknown metric 'http_req_durations'",
        "http_req_duration: p95<1000; 'p95<1000' is not a condition",
        "http_req_duration: p(95)<; 'p(95)<' is not a condition",
        "http_req_failed: p(95)<0.01; http_req_failed has no 'p(95)' (use rate)",
        "http_req_duration{status:200}: p(95)<1000; the only tag is 'endpoint'",
        "dropped_iterations{endpoint:/x}: count<1; dropped_iterations is per run",
        "http_req_duration: p(150)<1000; a percentile is between 0 and 100"
    })
    void badSyntaxIsRejectedQuotingTheTextAndShowingAValidExample(String expression, String problem) {
        assertThatThrownBy(() -> Threshold.parse(expression))
                .isInstanceOf(ThresholdSyntaxException.class)
                .hasMessageContaining("\"" + expression + "\"")
                .hasMessageContaining(problem)
                .hasMessageContaining("Example of a valid one: http_req_duration{endpoint:/api/scenarios}: p(95)<1000, p(99)<1500");
    }

    @Test
    void configurationLinesParseTogetherAndEvaluateTogether() {
        List<Threshold> all = Threshold.parseAll(List.of("http_req_duration: p(95)<1000", "", "http_reqs: rate>50, count>10"));

        assertThat(Threshold.evaluateAll(all, result)).hasSize(3).allMatch(ThresholdVerdict::passed);
    }

    @Test
    void anEndpointPatternIsJudgedOnEachMatchingEndpointSeparately() {
        LoadResult mixed = SampleResults.result(20,
                SampleResults.endpoint("/", 2000, 0, 10),
                SampleResults.endpoint("/api/scenarios", 100, 0, 10),
                SampleResults.endpoint("/api/auth/login", 1500, 0, 10));
        List<ThresholdVerdict> verdicts = Threshold.evaluateAll(Threshold.parse("http_req_duration{endpoint:/api/*}: p(95)<1000"), mixed);

        assertThat(verdicts).extracting(v -> v.threshold().endpoint()).containsExactlyInAnyOrder("/api/scenarios", "/api/auth/login");
        assertThat(verdicts).filteredOn(v -> !v.passed()).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("http_req_duration{endpoint:/api/auth/login} p(95)=")
                        .endsWith("violates p(95)<1000"));
    }

    @Test
    void anExactEndpointNameWinsOverThePatternReadingAndAPatternMatchingNothingFails() {
        LoadResult assets = SampleResults.result(5, SampleResults.endpoint("/assets/*", 10, 0, 10),
                SampleResults.endpoint("/assets/app.js", 5000, 0, 10));
        assertThat(Threshold.evaluateAll(Threshold.parse("http_req_duration{endpoint:/assets/*}: p(95)<1000"), assets))
                .singleElement().satisfies(v -> assertThat(v.passed()).isTrue());

        assertThat(Threshold.evaluateAll(Threshold.parse("http_req_duration{endpoint:/ws/*}: p(95)<1000"), assets)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("no recorded endpoint matches /ws/*").contains("/assets/app.js"));
    }
}

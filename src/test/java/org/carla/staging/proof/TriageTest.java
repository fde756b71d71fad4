package org.carla.staging.proof;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The triage file reads as written, alternations in patterns included, and explains only what it names. */
@Tag("proof")
class TriageTest {
    @Test
    void theShippedTriageParsesAndMatchesByTestAndPattern() {
        Triage triage = Triage.load();
        assertThat(triage.entries()).hasSizeGreaterThan(10);
        GateOutcome.Result anonymousConfig = new GateOutcome.Result("AccessControlTest#everyProtectedRouteRefusesAnonymousCallers",
                "POST /api/config (USER) refuses an anonymous caller", "security", GateOutcome.Kind.FAILED, "answered 500");
        assertThat(triage.explain(anonymousConfig)).hasValueSatisfying(d -> assertThat(d).contains(":937 update_config"));
        GateOutcome.Result unknown = new GateOutcome.Result("AccessControlTest#everyProtectedRouteRefusesAnonymousCallers",
                "GET /api/auth/me (USER) refuses an anonymous caller", "security", GateOutcome.Kind.FAILED, "answered 200");
        assertThat(triage.explain(unknown)).isEmpty();
    }

    /** A down scrape is triaged as upstream's blocked event loop only when every one is the backend's, under the gate's load. */
    @Test
    void aDownScrapeIsExplainedOnlyUnderTheGatesLoad() {
        Triage triage = Triage.load();
        String test = "MetricsTruthAtEndTest#everyScrapeTargetStayedUpAllRunLong";
        String head = "[scrapes that found their target down in the last 415 s, the gate's own outages left out] \nExpecting empty but was: [";
        String underLoad = "\"carla-client backend:8000 down at 2026-11-30T14:40:12.100Z, during load level stress (50 users)\"";
        String drain = "\"carla-client backend:8000 down at 2026-11-30T14:40:52.100Z, 4 s after load level stress (50 users)\"";
        String idle = "\"carla-client backend:8000 down at 2026-11-30T14:45:02.100Z, while no gate load level ran\"";
        String other = "\"prometheus localhost:9090 down at 2026-11-30T14:40:12.100Z, during load level stress (50 users)\"";
        assertThat(triage.explain(failed(test, head + underLoad + ", " + drain + "]"))).hasValueSatisfying(d -> assertThat(d).contains(":780"));
        assertThat(triage.explain(failed(test, head + underLoad + ", " + idle + "]"))).as("a scrape down on an idle stack").isEmpty();
        assertThat(triage.explain(failed(test, head + other + ", " + underLoad + "]"))).as("another target down").isEmpty();
    }

    private static GateOutcome.Result failed(String test, String message) {
        return new GateOutcome.Result(test, "Every Prometheus scrape target was up at every scrape of the run", "integration",
                GateOutcome.Kind.FAILED, message);
    }
}

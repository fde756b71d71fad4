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
}

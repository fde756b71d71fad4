package org.carla.staging.gate.security.passive;

import org.carla.staging.gate.security.GatePolicy;
import org.carla.staging.gate.stack.GateRun;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts the run's one {@link FindingCollector} on every HTTP exchange of every suite (ZAP-baseline style:
 * passive rules on all traffic), before the class makes its first request, judged by the run's
 * {@link GatePolicy}.
 */
public final class PassiveScanExtension implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        GateRun run = GateRun.of(context);
        run.observeHttp(collector(run));
    }

    public static FindingCollector collector(GateRun run) {
        return run.service(FindingCollector.class, r -> new FindingCollector(GatePolicy.load(r.config().security()), PassiveRules.defaults()));
    }
}

package org.carla.staging.gate.security.passive;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.security.GatePolicy;
import org.carla.staging.gate.security.canary.Canaries;
import org.carla.staging.gate.security.canary.CanaryWatch;
import org.carla.staging.gate.stack.GateRun;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts the run's one {@link FindingCollector} on every HTTP exchange of every suite (ZAP-baseline style:
 * passive rules on all traffic), judged by the run's {@link GatePolicy}, and the run's {@link CanaryWatch}
 * (its secrets searched in every answer), before the class makes its first request.
 */
public final class PassiveScanExtension implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        GateRun run = GateRun.of(context);
        run.observeHttp(collector(run));
        run.observeHttp(canaries(run));
    }

    /** The run's canary watch, knowing the configured secrets from the start and learning the others. */
    public static CanaryWatch canaries(GateRun run) {
        return run.service(CanaryWatch.class, r -> {
            Canaries canaries = new Canaries();
            GateConfig config = r.config();
            canaries.add("JWT signing secret (staging.jwt.secret)", config.jwtSecret());
            canaries.add("administrator password (staging.admin.password)", config.admin().password());
            canaries.add("Grafana admin password (staging.grafana.password)", config.grafanaAdmin().password());
            canaries.add("database password (staging.database.password)", config.database().password());
            return new CanaryWatch(canaries);
        });
    }

    public static FindingCollector collector(GateRun run) {
        return run.service(FindingCollector.class, r -> new FindingCollector(GatePolicy.load(r.config().security()), PassiveRules.defaults(),
                layers(r.config())));
    }

    /** The layer an answer came from, by the port it was asked on: backend (its own port), frontend (the edge), ... */
    static Function<URI, String> layers(GateConfig config) {
        Map<String, String> byAuthority = new HashMap<>();
        for (String service : List.of("backend", "frontend", "prometheus", "grafana", "loki")) {
            config.endpoints().of(service).ifPresent(url -> byAuthority.put(url.getHost() + ":" + url.getPort(), service));
        }
        return uri -> byAuthority.get(uri.getHost() + ":" + uri.getPort());
    }
}

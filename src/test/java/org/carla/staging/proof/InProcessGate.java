package org.carla.staging.proof;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs gate test classes in this JVM through the JUnit Platform launcher, with settings given as
 * configuration parameters (they win over system properties: see ConfigSource.withParameters). Each
 * run is a fresh JUnit root store, so it starts and removes its own stack.
 */
final class InProcessGate {
    /** Classes are named by their package under acceptance, e.g. "service.SeedUrlsTest". */
    private static final String ACCEPTANCE = "org.carla.staging.acceptance.";

    private InProcessGate() {
    }

    static GateOutcome run(List<String> classes, Map<String, String> settings) {
        return execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(classes.stream().map(c -> selectClass(c.startsWith("org.") ? c : ACCEPTANCE + c)).toList())
                .configurationParameters(settings)
                .build());
    }

    /** The whole gate after prereq: every acceptance class of the four suites, as `mvn verify -Pstaging` runs them. */
    static GateOutcome runGate(Map<String, String> settings) {
        return execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(ACCEPTANCE.substring(0, ACCEPTANCE.length() - 1)))
                .filters(TagFilter.includeTags("service", "performance", "integration", "security"))
                .configurationParameters(settings)
                .build());
    }

    private static GateOutcome execute(LauncherDiscoveryRequest request) {
        GateOutcome outcome = new GateOutcome();
        LauncherFactory.create().execute(request, outcome);
        return outcome;
    }
}

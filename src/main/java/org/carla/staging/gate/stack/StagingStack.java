package org.carla.staging.gate.stack;

import java.util.List;
import java.util.Optional;
import org.carla.staging.gate.compose.World;
import org.carla.staging.gate.config.Endpoints;
import org.carla.staging.gate.config.GateConfig;

/** The staging environment under test, whoever started it. Tests get it injected, never build it. */
public interface StagingStack {
    GateConfig config();

    Endpoints endpoints();

    World world();

    /** Container access (inspect, stats, exec, logs); empty for a deployed staging reached only by URL. */
    Optional<StackContainers> containers();

    /**
     * Why a service is not part of this run (e.g. Grafana in the air-gapped world), or empty when it
     * runs. Tests of a left-out service are skipped with this reason, never passed.
     */
    Optional<String> leftOut(String service);

    /** The services this run starts (or, for an external target, is told exist). */
    List<String> services();
}

package org.carla.staging.gate.stack;

import java.util.List;
import java.util.Optional;
import org.carla.staging.gate.compose.World;
import org.carla.staging.gate.config.Endpoints;
import org.carla.staging.gate.config.GateConfig;

/** A deployed staging reached by its URLs only: tests needing container access are skipped. */
public record ExternalStack(GateConfig config) implements StagingStack {
    @Override
    public Endpoints endpoints() {
        return config.endpoints();
    }

    @Override
    public World world() {
        return World.REGISTRY;
    }

    @Override
    public Optional<StackContainers> containers() {
        return Optional.empty();
    }

    @Override
    public Optional<String> leftOut(String service) {
        return Optional.empty();
    }

    @Override
    public List<String> services() {
        return List.of("backend", "frontend", "database", "prometheus", "grafana", "loki");
    }
}

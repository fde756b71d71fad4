package org.carla.staging.gate.security.container;

import java.util.List;
import java.util.function.Function;
import org.carla.staging.gate.security.Finding;

/** A table-driven container rule: evidence per container (one finding each) and its fix. */
record ContainerCheck(String id, String title, String advice, Function<ContainerFacts, List<String>> evidence)
        implements ContainerRule {
    @Override
    public List<Finding> inspect(ContainerFacts container) {
        return evidence.apply(container).stream().map(e -> Finding.of(this, container.name(), e, advice)).toList();
    }
}

package org.carla.staging.gate.security.container;

import java.util.List;
import org.carla.staging.gate.security.Finding;
import org.carla.staging.gate.security.Rule;

/** A CIS-Docker-style check of one container's configuration. */
public interface ContainerRule extends Rule {
    List<Finding> inspect(ContainerFacts container);
}

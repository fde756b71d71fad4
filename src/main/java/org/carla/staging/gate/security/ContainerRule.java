package org.carla.staging.gate.security;

import java.util.List;

/** A CIS-Docker-style check of one container's configuration. */
public interface ContainerRule extends Rule {
    List<Finding> inspect(ContainerFacts container);
}

package org.carla.staging.gate.security.passive;

import java.util.List;
import org.carla.staging.gate.security.Finding;
import org.carla.staging.gate.security.Rule;

/** A check of one observed HTTP exchange, ZAP-baseline style: it only looks, it never sends. */
public interface PassiveRule extends Rule {
    List<Finding> inspect(Exchange exchange);
}

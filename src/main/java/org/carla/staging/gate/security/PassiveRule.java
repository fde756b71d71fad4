package org.carla.staging.gate.security;

import java.util.List;

/** A check of one observed HTTP exchange, ZAP-baseline style: it only looks, it never sends. */
public interface PassiveRule extends Rule {
    List<Finding> inspect(Exchange exchange);
}

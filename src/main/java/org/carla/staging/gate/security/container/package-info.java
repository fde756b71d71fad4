/**
 * Container rules, CIS-Docker style: checks of how each container runs, over {@link
 * org.carla.staging.gate.security.container.ContainerFacts} (read from {@code docker inspect} by {@link
 * org.carla.staging.gate.security.container.InspectedContainers}, so the rules need no Docker client).
 * {@link org.carla.staging.gate.security.container.ContainerAudit} runs {@code ContainerRules} and
 * {@code CredentialRules} and rates the findings with the shared policy.
 */
package org.carla.staging.gate.security.container;

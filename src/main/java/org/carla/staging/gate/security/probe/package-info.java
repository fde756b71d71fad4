/**
 * Active probes: what the security suite sends, and how it judges the answers. Forged tokens ({@link
 * org.carla.staging.gate.security.probe.JwtForge}, checked against {@link
 * org.carla.staging.gate.security.probe.WellKnownSecrets}), bounded hostile inputs ({@link
 * org.carla.staging.gate.security.probe.ProbeCatalog}) and verdicts on the answers ({@link
 * org.carla.staging.gate.security.probe.ProbeVerdicts}). Nothing here makes a request: the acceptance
 * tests send.
 */
package org.carla.staging.gate.security.probe;

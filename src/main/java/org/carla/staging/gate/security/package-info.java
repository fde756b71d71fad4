/**
 * The security engine: passive ZAP-baseline-style rules over every HTTP exchange
 * ({@link org.carla.staging.gate.security.passive.FindingCollector}, a REST Assured filter), CIS-Docker-style
 * container rules ({@link org.carla.staging.gate.security.container.ContainerAudit}), one policy file rating both
 * ({@link org.carla.staging.gate.security.SecurityPolicy}), a report
 * ({@link org.carla.staging.gate.security.FindingsReport}), forged tokens
 * ({@link org.carla.staging.gate.security.probe.JwtForge}) and bounded hostile inputs
 * ({@link org.carla.staging.gate.security.probe.ProbeCatalog}, {@link org.carla.staging.gate.security.probe.ProbeVerdicts}).
 * No Docker, no Allure: callers attach the report strings.
 */
package org.carla.staging.gate.security;

/**
 * The security engine. This package holds what every part shares: one policy file rating every rule
 * ({@link org.carla.staging.gate.security.SecurityPolicy}, read line by line by {@code PolicyLine}, failing
 * with {@link org.carla.staging.gate.security.PolicyException}), the {@link org.carla.staging.gate.security.Rule}
 * contract, {@link org.carla.staging.gate.security.Finding}s with their
 * {@link org.carla.staging.gate.security.Verdict}, the report ({@link org.carla.staging.gate.security.FindingsReport},
 * grouping URLs by {@link org.carla.staging.gate.security.PathTemplate}), and two helpers used by more than one
 * part: {@link org.carla.staging.gate.security.LeakPatterns} (passive rules and probe verdicts) and
 * {@link org.carla.staging.gate.security.Evidence} (passive and container rules). The defaults ship as
 * {@code security-policy.properties} next to {@code SecurityPolicy}.
 * <ul>
 *   <li>{@code security.passive}: ZAP-baseline-style rules over every observed HTTP exchange, the REST Assured
 *       filter collecting their findings and the JUnit extension putting it on a gate run;</li>
 *   <li>{@code security.container}: CIS-Docker-style rules over {@code docker inspect} facts;</li>
 *   <li>{@code security.probe}: forged tokens, bounded hostile inputs and verdicts on the answers.</li>
 * </ul>
 * The sub-packages use this one, never the reverse and never each other. No Docker, no Allure: callers attach
 * the report strings.
 */
package org.carla.staging.gate.security;

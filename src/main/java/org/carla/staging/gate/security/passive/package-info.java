/**
 * Passive rules, ZAP-baseline style: they look at observed HTTP exchanges ({@link
 * org.carla.staging.gate.security.passive.Exchange}) and never send anything. The rule families
 * ({@code *Rules}) are catalogued by {@link org.carla.staging.gate.security.passive.PassiveRules};
 * {@link org.carla.staging.gate.security.passive.FindingCollector} runs them on every REST Assured or
 * JDK-client exchange, and {@link org.carla.staging.gate.security.passive.PassiveScanExtension} puts one
 * collector on a whole gate run.
 */
package org.carla.staging.gate.security.passive;

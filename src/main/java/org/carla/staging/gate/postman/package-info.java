/**
 * Postman collections run by Newman inside the gate: {@link org.carla.staging.gate.postman.Newman} checks the
 * runner is installed and runs a collection with an environment filled from the gate's configuration
 * (never from a committed file), {@link org.carla.staging.gate.postman.NewmanRun} is what one run found
 * (request by request, from Newman's JSON report), and
 * {@link org.carla.staging.gate.postman.NewmanAllureResults} files Newman's Allure results next to the
 * gate's own: labelled like them, skipped requests shown as skipped, secrets redacted.
 */
package org.carla.staging.gate.postman;

package org.carla.staging.gate.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The Postman collection the gate runs with Newman: whether it runs, the collection and its environment
 * file (placeholders only: the gate fills in URLs and credentials from this configuration), the Newman
 * command postman/install-newman installs, and how long a whole collection run may take.
 */
public record PostmanConfig(boolean enabled, Path collection, Path environment, Path newman, Duration timeout) {

    static PostmanConfig read(Settings s, Path projectDir) {
        return new PostmanConfig(s.flag("staging.postman.enabled"), s.path("staging.postman.collection", projectDir),
                s.path("staging.postman.environment", projectDir), s.path("staging.postman.newman", projectDir),
                s.duration("staging.postman.timeout"));
    }
}

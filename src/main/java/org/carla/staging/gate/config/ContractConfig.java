package org.carla.staging.gate.config;

/**
 * How the application's answers are judged against its own OpenAPI: a 5xx and an answer breaking its
 * declared schema always fail; a 4xx status the document never declares is rated by policy (FastAPI apps
 * rarely declare theirs).
 */
public record ContractConfig(Enforcement undeclaredErrors) {
    static ContractConfig read(Settings s) {
        return new ContractConfig(s.choice("staging.contract.undeclared.errors", Enforcement.class));
    }
}

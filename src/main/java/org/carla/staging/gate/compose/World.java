package org.carla.staging.gate.compose;

/** Which of the two worlds this run is in (see README "Two worlds"). */
public enum World {
    /** A registry answers: official infra images, Ryuk. */
    REGISTRY,
    /** No registry: infra built from Debian packages, Grafana and Loki left out, own cleanup. */
    AIRGAP
}

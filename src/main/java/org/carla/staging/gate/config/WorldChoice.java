package org.carla.staging.gate.config;

/** Registry world (official images, Ryuk) or air-gapped (images built from Debian packages); AUTO detects. */
public enum WorldChoice { AUTO, REGISTRY, AIRGAP }

package org.carla.staging.gate.security;

/** What every rule has: a stable id (the policy's key) and a title for the report. */
public interface Rule {
    String id();

    String title();
}

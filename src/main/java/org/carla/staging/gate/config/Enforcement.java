package org.carla.staging.gate.config;

/** What a policy check does when the product breaks it: fail the gate, warn in the report, or not run. */
public enum Enforcement { FAIL, WARN, IGNORE }

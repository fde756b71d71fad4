package org.carla.staging.gate.security;

/** What the policy makes of a rule's finding: fail the gate, report it, or drop it. */
public enum Verdict {
    FAIL, WARN, IGNORE
}

package org.carla.staging.gate.config;

/** What the gate runs against: the stack it starts from compose/, or a deployed staging given by URLs. */
public enum Target { COMPOSE, EXTERNAL }

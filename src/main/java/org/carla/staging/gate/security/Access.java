package org.carla.staging.gate.security;

/** Who may call a route: anyone, a signed-in user (on their own tenant's data), or an administrator. */
public enum Access { PUBLIC, USER, ADMIN }

package org.carla.staging.gate.security.probe;

/** Families of hostile input. */
public enum ProbeCategory {
    SQL_INJECTION, XSS, PATH_TRAVERSAL, COMMAND_INJECTION, TEMPLATE_INJECTION, HEADER_INJECTION, OVERSIZED,
    MALFORMED_JSON, ODD_UNICODE
}

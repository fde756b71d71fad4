package org.carla.staging.acceptance.security;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.carla.staging.gate.security.probe.Probe;
import org.carla.staging.gate.security.probe.ProbeCatalog;
import org.carla.staging.gate.security.probe.ProbeCategory;

/**
 * The bounded selection of hostile values the bad-input checks send into each field: the first few of
 * every value family, every oversized string. Kept small on purpose: a gate must finish, and each family
 * is represented; the count is reported.
 */
final class HostileInputs {
    private static final int PER_FAMILY = 2;

    private HostileInputs() {
    }

    /** Values put into one string field or path parameter. */
    static List<Probe> values() {
        List<Probe> values = new ArrayList<>();
        Stream.of(ProbeCategory.SQL_INJECTION, ProbeCategory.XSS, ProbeCategory.PATH_TRAVERSAL, ProbeCategory.COMMAND_INJECTION,
                        ProbeCategory.TEMPLATE_INJECTION, ProbeCategory.HEADER_INJECTION, ProbeCategory.ODD_UNICODE)
                .forEach(c -> ProbeCatalog.of(c).stream().filter(p -> !ProbeCatalog.timeBased().contains(p)).limit(PER_FAMILY).forEach(values::add));
        values.addAll(ProbeCatalog.of(ProbeCategory.OVERSIZED));
        return values;
    }

    /** Whole request bodies that are not (valid) JSON. */
    static List<Probe> bodies() {
        return ProbeCatalog.of(ProbeCategory.MALFORMED_JSON);
    }

    static List<Probe> traversals() {
        return ProbeCatalog.of(ProbeCategory.PATH_TRAVERSAL);
    }
}

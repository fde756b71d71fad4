package org.carla.staging.gate.security.probe;

import static org.carla.staging.gate.security.probe.ProbeCatalog.MAX_NESTING;
import static org.carla.staging.gate.security.probe.ProbeCatalog.ONE_MIB;
import static org.carla.staging.gate.security.probe.ProbeCatalog.probes;
import static org.carla.staging.gate.security.probe.ProbeCategory.MALFORMED_JSON;
import static org.carla.staging.gate.security.probe.ProbeCategory.ODD_UNICODE;
import static org.carla.staging.gate.security.probe.ProbeCategory.OVERSIZED;

import java.util.ArrayList;
import java.util.List;

/** Inputs that are hostile by shape: size, broken JSON, unusual Unicode and invalid UTF-8. */
final class MalformedInputs {
    private MalformedInputs() {
    }

    static List<Probe> oversized() {
        return probes(OVERSIZED,
                "256 chars", "A".repeat(256),
                "10 KiB", "A".repeat(10 * 1024),
                "64 KiB", "A".repeat(64 * 1024),
                "1 MiB", "A".repeat(ONE_MIB),
                "1 MiB multibyte", "\u00e9".repeat(ONE_MIB / 2));
    }

    static List<Probe> malformedJson() {
        return probes(MALFORMED_JSON,
                "empty", "",
                "truncated object", "{\"username\":\"a\"",
                "lone brace", "{",
                "lone bracket", "[",
                "trailing comma", "{\"username\":\"a\",}",
                "single quotes", "{'username':'a'}",
                "unquoted keys", "{username:\"a\"}",
                "comment", "{/* x */\"username\":\"a\"}",
                "wrong types", "{\"username\":123,\"password\":true,\"email\":[]}",
                "nulls", "{\"username\":null,\"password\":null}",
                "objects for strings", "{\"username\":{\"$ne\":null},\"password\":{\"$gt\":\"\"}}",
                "top-level array", "[{\"username\":\"a\"}]",
                "top-level scalar", "\"username\"",
                "duplicate keys", "{\"username\":\"a\",\"username\":\"admin\",\"is_admin\":false,\"is_admin\":true}",
                "NaN", "{\"n\":NaN}",
                "huge exponent", "{\"n\":1e999999}",
                "huge integer", "{\"id\":" + "9".repeat(400) + "}",
                "negative zero", "{\"id\":-0}",
                "BOM prefix", "\uFEFF{\"username\":\"a\"}",
                "invalid escape", "{\"username\":\"\\x41\"}",
                "lone surrogate escape", "{\"username\":\"\\ud800\"}",
                "deep arrays", "[".repeat(MAX_NESTING) + "]".repeat(MAX_NESTING),
                "deep objects", "{\"a\":".repeat(MAX_NESTING) + "1" + "}".repeat(MAX_NESTING),
                "mass assignment", "{\"username\":\"a\",\"is_admin\":true,\"tenant_id\":1,\"id\":1}");
    }

    static List<Probe> oddUnicode() {
        List<Probe> out = new ArrayList<>(probes(ODD_UNICODE,
                "RTL override", "admin\u202Etxt.exe",
                "zero-width space", "ad\u200Bmin",
                "zero-width joiner", "ad\u200Dmin",
                "BOM inside", "ad\uFEFFmin",
                "NUL", "admin\u0000",
                "emoji", "user\uD83D\uDE00",
                "emoji ZWJ sequence", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
                "combining marks", "a" + "\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308".repeat(20),
                "Cyrillic homoglyph", "\u0430dmin",
                "fullwidth", "\uFF41\uFF44\uFF4D\uFF49\uFF4E",
                "dotted capital I", "ADM\u0130N",
                "ligature", "\uFB00",
                "astral plane", "\uD834\uDD1E",
                "private use", "\uE000",
                "line separator", "a\u2028b"));
        out.add(new Probe(ODD_UNICODE, "overlong slash", "\u00C0\u00AF", true));
        out.add(new Probe(ODD_UNICODE, "overlong NUL", "\u00C0\u0080", true));
        out.add(new Probe(ODD_UNICODE, "overlong 3-byte slash", "\u00E0\u0080\u00AF", true));
        out.add(new Probe(ODD_UNICODE, "encoded surrogate", "\u00ED\u00A0\u0080", true));
        out.add(new Probe(ODD_UNICODE, "invalid byte", "a\u00FFb", true));
        out.add(new Probe(ODD_UNICODE, "truncated sequence", "a\u00E2\u0082", true));
        return List.copyOf(out);
    }
}

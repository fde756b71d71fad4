package org.carla.staging.gate.security.probe;

import java.nio.charset.StandardCharsets;

/**
 * One hostile input. {@code raw} payloads are byte sequences that are not valid UTF-8 (e.g. overlong
 * encodings), carried one byte per char (ISO-8859-1): send {@link #bytes()}, not the string.
 */
public record Probe(ProbeCategory category, String name, String payload, boolean raw) {
    public Probe(ProbeCategory category, String name, String payload) {
        this(category, name, payload, false);
    }

    public byte[] bytes() {
        return payload.getBytes(raw ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        String shown = payload.length() > 60 ? payload.substring(0, 60) + "…(" + payload.length() + " chars)" : payload;
        return category + "/" + name + " " + shown.replaceAll("\\p{Cntrl}", "?");
    }
}

package org.carla.staging.gate.security.canary;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Searches sources for the run's secrets and keeps the hits and how much was read. */
public final class CanarySearch {
    private final Canaries canaries;
    private final List<CanaryHit> hits = new ArrayList<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong texts = new AtomicLong();

    public CanarySearch(Canaries canaries) {
        this.canaries = canaries;
    }

    /** Searches one text; returns the hits in it (also kept). */
    public synchronized List<CanaryHit> search(String where, String text) {
        return search(where, text, List.of());
    }

    /** As {@link #search(String, String)}, but the named secrets may legitimately be in this text. */
    public synchronized List<CanaryHit> search(String where, String text, List<String> allowed) {
        texts.incrementAndGet();
        bytes.addAndGet(text == null ? 0 : text.length());
        List<CanaryHit> found = new ArrayList<>();
        if (text == null) return found;
        canaries.searchable().forEach((label, secret) -> {
            if (!allowed.contains(label) && text.contains(secret)) found.add(new CanaryHit(label, where, CanaryHit.context(text, secret)));
        });
        hits.addAll(found);
        return found;
    }

    public synchronized List<CanaryHit> hits() {
        return List.copyOf(hits);
    }

    public long bytesScanned() {
        return bytes.get();
    }

    public long textsScanned() {
        return texts.get();
    }
}

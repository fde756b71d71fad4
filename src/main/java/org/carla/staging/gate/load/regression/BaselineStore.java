package org.carla.staging.gate.load.regression;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last good runs per key (a window: the newest few), one JSON file per key in one directory (a local cache
 * by default; the CI job keeps it between pipelines). Written whole to a temporary file and moved into place,
 * so a reader never sees half a baseline.
 */
public final class BaselineStore {
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** What one key's file holds: the newest good runs, oldest first. */
    public record History(int format, String key, List<RunRecord> runs) {
        /** The file format's version; a file of another version is not read (the next good run replaces it). */
        public static final int FORMAT = 2;

        public History {
            runs = List.copyOf(runs);
        }
    }

    private final Path dir;

    public BaselineStore(Path dir) {
        this.dir = dir;
    }

    public Path file(BaselineKey key) {
        return dir.resolve(key.fileName());
    }

    /** The good runs kept for this key, oldest first (empty: none yet, or a file of another format). */
    public List<RunRecord> baseline(BaselineKey key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) return List.of();
        try {
            var node = JSON.readTree(file.toFile());
            if (node.path("format").asInt() != History.FORMAT || !node.path("runs").isArray()) return List.of();
            return JSON.treeToValue(node, History.class).runs().stream().filter(r -> r.format() == RunRecord.FORMAT).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the latency baseline " + file + " (delete it to start a new one)", e);
        }
    }

    /** Adds a good run, keeping the newest {@code keep}. */
    public Path add(BaselineKey key, RunRecord run, int keep) {
        List<RunRecord> runs = new ArrayList<>(baseline(key));
        runs.add(run);
        while (runs.size() > keep) runs.remove(0);
        write(file(key), new History(History.FORMAT, key.toString(), runs));
        return file(key);
    }

    public static Optional<RunRecord> read(Path file) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(JSON.readValue(file.toFile(), RunRecord.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the latency record " + file, e);
        }
    }

    public static void write(Path file, Object value) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".baseline-", ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), value);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}

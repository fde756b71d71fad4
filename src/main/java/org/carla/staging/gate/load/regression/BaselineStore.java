package org.carla.staging.gate.load.regression;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The last good run per key, one JSON file each in one directory (a local cache by default; the CI job
 * keeps it between pipelines). Written whole to a temporary file and moved into place, so a reader never
 * sees half a baseline and two runs never mix theirs.
 */
public final class BaselineStore {
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path dir;

    public BaselineStore(Path dir) {
        this.dir = dir;
    }

    public Path file(BaselineKey key) {
        return dir.resolve(key.fileName());
    }

    /** The baseline of this key, if a good run stored one (a file of another format is ignored). */
    public Optional<RunRecord> baseline(BaselineKey key) {
        return read(file(key)).filter(r -> r.format() == RunRecord.FORMAT);
    }

    public Path save(BaselineKey key, RunRecord run) {
        write(file(key), run);
        return file(key);
    }

    public static Optional<RunRecord> read(Path file) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(JSON.readValue(file.toFile(), RunRecord.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the latency record " + file + " (delete it to start a new baseline)", e);
        }
    }

    public static void write(Path file, RunRecord run) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".baseline-", ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), run);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the latency record " + file, e);
        }
    }
}

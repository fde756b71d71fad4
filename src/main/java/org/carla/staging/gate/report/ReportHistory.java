package org.carla.staging.gate.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Allure's history between runs: Allure 2 fills its trend, duration and retries panels from a
 * {@code history/} folder in the results, which it writes anew into each report. Before a report is made the
 * kept history is copied into the results; after, the report's new history is kept, with a build number that
 * orders the trend. Kept in one directory (a local cache by default; the CI job keeps it between pipelines).
 */
public final class ReportHistory {
    private static final String BUILD_ORDER = "build-order";

    private final Path dir;

    public ReportHistory(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The number of the coming run: one more than the last kept. */
    public int nextBuild() {
        try {
            Path file = dir.resolve(BUILD_ORDER);
            return Files.isRegularFile(file) ? Integer.parseInt(Files.readString(file).strip()) + 1 : 1;
        } catch (IOException | NumberFormatException e) {
            return 1;
        }
    }

    /** Copies the kept history into the results; how many files it copied (0 on the first run). */
    public int restoreInto(Path results) {
        return copy(dir.resolve("history"), results.resolve("history"));
    }

    /** Keeps the history the report just wrote, as the given build. */
    public int keepFrom(Path report, int build) {
        int copied = copy(report.resolve("history"), dir.resolve("history"));
        try {
            Files.writeString(dir.resolve(BUILD_ORDER), build + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the report history in " + dir, e);
        }
        return copied;
    }

    private static int copy(Path from, Path to) {
        if (!Files.isDirectory(from)) return 0;
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            int n = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path tmp = to.resolve(file.getFileName() + ".tmp");
                Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the report history from " + from + " to " + to, e);
        }
    }
}

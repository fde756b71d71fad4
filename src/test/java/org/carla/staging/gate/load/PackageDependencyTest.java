package org.carla.staging.gate.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages depend one way: report on the model, the model on the wire client. Read from the
 * sources, which name every type of another package they use (surefire runs in the project directory).
 */
class PackageDependencyTest {
    private static final Path LOAD = Path.of("src/main/java/org/carla/staging/gate/load");

    private static List<String> sourcesNaming(Path dir, Pattern other) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> other.matcher(read(f)).find())
                    .map(f -> f.getFileName().toString()).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theWireClientKnowsNothingOfTheModelOrTheReport() throws IOException {
        assertThat(sourcesNaming(LOAD.resolve("wire"), Pattern.compile("org\\.carla\\.staging\\.gate\\.load\\.(?!wire\\b)"))).isEmpty();
    }

    @Test
    void theModelKnowsNothingOfTheReport() throws IOException {
        assertThat(sourcesNaming(LOAD, Pattern.compile("org\\.carla\\.staging\\.gate\\.load\\.report\\b"))).isEmpty();
    }
}

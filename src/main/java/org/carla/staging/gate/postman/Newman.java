package org.carla.staging.gate.postman;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carla.staging.gate.config.PostmanConfig;
import org.carla.staging.gate.docker.CommandResult;
import org.carla.staging.gate.docker.CommandRunner;

/**
 * Runs a Postman collection with Newman (as postman/install-newman installs it) against the stack. The
 * environment file of the repository holds placeholders; the values the gate gives (URLs, credentials,
 * limits) go into a copy readable by this user only, deleted after the run, never onto the command line
 * (where other users of the machine could read them). Newman's JSON report, which holds every request and
 * answer, is read and deleted; its JUnit XML and Allure results stay.
 */
public final class Newman {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);

    private final PostmanConfig config;
    private final CommandRunner runner;

    public Newman(PostmanConfig config, Path workingDir) {
        this.config = config;
        this.runner = new CommandRunner(workingDir, Map.of("NO_COLOR", "1", "FORCE_COLOR", "0"));
    }

    /** What is installed, or what is missing and how to get it (the prereq check's material). */
    public Installation probe() {
        CommandResult node = runner.run(PROBE_TIMEOUT, List.of("node", "--version"));
        if (!node.ok()) {
            return Installation.missing("Node.js is not installed (" + node.complaint() + ")",
                    "install Node.js >= 16 with npm (Debian: apt-get install nodejs npm), then run compose/bootstrap, which installs Newman");
        }
        if (!Files.isExecutable(config.newman())) {
            return Installation.missing("Newman is not installed at " + config.newman() + " (Node.js " + node.stdout().strip() + " is)",
                    "run compose/bootstrap (it runs postman/install-newman), or set staging.postman.newman to a Newman 6 command");
        }
        CommandResult newman = runner.run(PROBE_TIMEOUT, List.of(config.newman().toString(), "--version"));
        if (!newman.ok()) {
            return Installation.missing("Newman at " + config.newman() + " does not run: " + newman.complaint(),
                    "rerun postman/install-newman; Newman 6 needs Node.js >= 16");
        }
        return Installation.present("Node.js " + node.stdout().strip() + ", Newman " + newman.stdout().strip());
    }

    /**
     * Runs the collection. {@code values} fill the environment file's variables (and add new ones);
     * Allure results go to {@code allureResults}, the JUnit XML to {@code junitXml}.
     */
    public NewmanRun run(Map<String, String> values, Path allureResults, Path junitXml) {
        Path work = null;
        try {
            work = Files.createTempDirectory("staging-newman-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path environment = work.resolve("environment.json");
            Path report = work.resolve("report.json");
            writePrivately(environment, fill(config.environment(), values));
            Files.createDirectories(junitXml.toAbsolutePath().getParent());
            Files.createDirectories(allureResults);
            List<String> command = new ArrayList<>(List.of(config.newman().toString(), "run", config.collection().toString(),
                    "--environment", environment.toString(), "--reporters", "cli,json,junit,allure", "--color", "off",
                    "--reporter-json-export", report.toString(), "--reporter-junit-export", junitXml.toAbsolutePath().toString(),
                    "--reporter-allure-resultsDir", allureResults.toAbsolutePath().toString()));
            long start = System.nanoTime();
            CommandResult result = runner.run(config.timeout(), command);
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            if (!Files.isRegularFile(report)) {
                throw new IllegalStateException("Newman wrote no report (exit " + result.exitCode() + "): " + tail(result));
            }
            return NewmanRun.fromReport(JSON.readTree(report.toFile()), result.stdout(), wall, result.exitCode());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run the Postman collection " + config.collection() + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** The environment file with the given values filled in; placeholders not given stay as they are. */
    static String fill(Path environmentFile, Map<String, String> values) throws IOException {
        ObjectNode environment = (ObjectNode) JSON.readTree(environmentFile.toFile());
        ArrayNode entries = environment.withArray("values");
        values.forEach((key, value) -> {
            ObjectNode entry = null;
            for (JsonNode existing : entries) {
                if (key.equals(existing.path("key").asText())) entry = (ObjectNode) existing;
            }
            if (entry == null) entry = entries.addObject().put("key", key).put("type", "default");
            entry.put("value", value).put("enabled", true);
        });
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(environment);
    }

    private static void writePrivately(Path file, String content) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content);
    }

    private static String tail(CommandResult result) {
        String text = (result.stdout() + "\n" + result.stderr()).strip();
        return text.length() > 1500 ? "…" + text.substring(text.length() - 1500) : text;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind holds nothing the next run needs
        }
    }

    /** The runner as found on this machine: present (with versions) or missing (with what to do). */
    public record Installation(boolean present, String found, String fix) {
        static Installation present(String found) {
            return new Installation(true, found, "");
        }

        static Installation missing(String found, String fix) {
            return new Installation(false, found, fix);
        }
    }
}

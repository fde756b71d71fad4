package org.carla.staging.gate.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Docker engine as the gate sees it, through the docker command line: works the same with a local
 * engine or a remote one (DOCKER_HOST), needs no Testcontainers set-up, and its errors are the ones a
 * user would see typing the same command.
 */
public final class DockerCli {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SHORT = Duration.ofSeconds(30);

    private final CommandRunner runner;

    public DockerCli(CommandRunner runner) {
        this.runner = runner;
    }

    public CommandResult docker(Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add("docker");
        command.addAll(Arrays.asList(args));
        return runner.run(timeout, command);
    }

    public CommandResult docker(String... args) {
        return docker(SHORT, args);
    }

    /** IDs of the containers of one compose project, running or not. */
    public List<String> containerIds(String project) {
        CommandResult result = docker("ps", "-aq", "--filter", "label=com.docker.compose.project=" + project);
        return lines(result);
    }

    /** `docker inspect` of a container, or fails with the engine's words. */
    public JsonNode inspect(String id) {
        return json(docker("inspect", id)).get(0);
    }

    public boolean imagePresent(String image) {
        return docker("image", "inspect", image).ok();
    }

    /** Log lines (with timestamps) written between two instants; {@code until} may be null for "now". */
    public String logs(String id, Instant since, Instant until) {
        List<String> args = new ArrayList<>(List.of("logs", "--timestamps"));
        if (since != null) args.addAll(List.of("--since", since.toString()));
        if (until != null) args.addAll(List.of("--until", until.toString()));
        args.add(id);
        CommandResult result = docker(args.toArray(String[]::new));
        return result.stdout() + result.stderr();
    }

    public String logTail(String id, int lines) {
        CommandResult result = docker("logs", "--tail", String.valueOf(lines), id);
        return result.stdout() + result.stderr();
    }

    public CommandResult exec(String id, Duration timeout, String... command) {
        List<String> args = new ArrayList<>(List.of("exec", id));
        args.addAll(Arrays.asList(command));
        return docker(timeout, args.toArray(String[]::new));
    }

    private static List<String> lines(CommandResult result) {
        if (!result.ok()) throw new IllegalStateException(result.describe());
        return result.stdout().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static JsonNode json(CommandResult result) {
        if (!result.ok()) throw new IllegalStateException(result.describe());
        return readTree(result.stdout());
    }

    private static JsonNode readTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("docker printed something that is not JSON: " + text, e);
        }
    }
}

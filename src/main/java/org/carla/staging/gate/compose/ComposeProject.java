package org.carla.staging.gate.compose;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.docker.CommandResult;
import org.carla.staging.gate.docker.CommandRunner;

/**
 * The `docker compose` command line of one gate run: the files of its world, the project name the gate
 * chose for it, and the environment the files interpolate. Made once per run.
 */
public final class ComposeProject {
    private final World world;
    private final List<Path> files;
    private final String name;
    private final CommandRunner runner;
    private List<String> services;

    public ComposeProject(GateConfig config, World world, String name) {
        this.world = world;
        this.files = filesFor(config, world);
        this.name = name;
        this.runner = new CommandRunner(config.projectDir(), withProjectName(config, name));
    }

    /** The project of a new gate run in this process, under a name of its own (see {@link ProjectName}). */
    public static ComposeProject forRun(GateConfig config, World world) {
        return new ComposeProject(config, world, ProjectName.forThisRun(config.projectName()).value());
    }

    public static List<Path> filesFor(GateConfig config, World world) {
        List<Path> files = new ArrayList<>(config.composeFiles().subList(0, 1));
        if (world == World.AIRGAP) files.add(config.airgapFile());
        files.addAll(config.composeFiles().subList(1, config.composeFiles().size()));
        return List.copyOf(files);
    }

    public List<Path> files() {
        return files;
    }

    public String name() {
        return name;
    }

    public World world() {
        return world;
    }

    public CommandResult compose(Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of("docker", "compose", "-p", name));
        files.forEach(f -> command.addAll(List.of("-f", f.toString())));
        command.addAll(Arrays.asList(args));
        return runner.run(timeout, command);
    }

    /** Services the project starts (profiles respected: the air-gap world parks Grafana and Loki); read once. */
    public synchronized List<String> services() {
        if (services == null) {
            CommandResult result = compose(Duration.ofSeconds(30), "config", "--services");
            if (!result.ok()) throw new IllegalStateException(result.describe());
            services = result.stdout().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        return services;
    }

    /** All services declared, whatever their profile. */
    public List<String> declaredServices() {
        CommandResult result = compose(Duration.ofSeconds(30), "--profile", "*", "config", "--services");
        if (!result.ok()) return services();
        return result.stdout().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Removes everything of the project: containers, networks, volumes. Safe to call twice. */
    public CommandResult down() {
        return compose(Duration.ofMinutes(2), "down", "--volumes", "--remove-orphans", "--timeout", "10");
    }

    private static java.util.Map<String, String> withProjectName(GateConfig config, String name) {
        java.util.Map<String, String> env = new java.util.LinkedHashMap<>(config.composeEnvironment());
        env.put("COMPOSE_PROJECT_NAME", name);
        return env;
    }
}

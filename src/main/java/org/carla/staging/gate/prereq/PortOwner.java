package org.carla.staging.gate.prereq;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.carla.staging.gate.docker.CommandResult;
import org.carla.staging.gate.docker.CommandRunner;

/** Names what holds a TCP port, so a conflict message says whom to stop (seed: "Port Conflicts"). */
final class PortOwner {
    private PortOwner() {
    }

    static String describe(int port) {
        CommandRunner runner = new CommandRunner(Path.of("."), Map.of());
        CommandResult ss = runner.run(Duration.ofSeconds(5), List.of("ss", "-Hltnp", "sport = :" + port));
        String process = ss.ok() ? ss.stdout().lines().map(PortOwner::processOf).filter(s -> !s.isEmpty()).findFirst().orElse("") : "";
        CommandResult docker = runner.run(Duration.ofSeconds(10), List.of("docker", "ps", "--filter", "publish=" + port, "--format", "{{.Names}}"));
        String container = docker.ok() ? docker.stdout().strip().replace('\n', ',') : "";
        if (!container.isEmpty()) return "container " + container + (process.isEmpty() ? "" : " (" + process + ")");
        return process.isEmpty() ? "an unknown process (run `ss -ltnp` as root to see it)" : process;
    }

    /** From an `ss` line's users:(("java",pid=123,fd=4)) the part `java (pid 123)`. */
    static String processOf(String ssLine) {
        var m = java.util.regex.Pattern.compile("users:\\(\\(\"([^\"]+)\",pid=(\\d+)").matcher(ssLine);
        return m.find() ? m.group(1) + " (pid " + m.group(2) + ")" : "";
    }
}

package org.carla.staging.gate.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows every container's log into {@code target/staging-logs/<service>.log} from the moment the stack
 * starts, so the file holds the whole run even when the engine's own log rotation (10 MB x 2) drops the
 * start because probes made the application log a lot. One follower failing never stops the others.
 */
final class LogFollowers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LogFollowers.class);
    private final List<Process> followers = new ArrayList<>();

    /** Starts a follower for each container of the stack; returns how many run. */
    int start(StackContainers containers, Path dir) {
        try {
            Files.createDirectories(dir);
            for (ServiceState state : containers.states()) {
                Path file = dir.resolve(state.service() + ".log");
                try {
                    followers.add(new ProcessBuilder("docker", "logs", "--follow", "--timestamps", state.containerId())
                            .redirectErrorStream(true).redirectOutput(file.toFile()).start());
                } catch (IOException e) {
                    LOG.warn("Cannot follow the log of {}: {}", state.service(), e.getMessage());
                }
            }
        } catch (RuntimeException | IOException e) {
            LOG.warn("Cannot follow service logs: {}", e.getMessage());
        }
        return followers.size();
    }

    boolean running() {
        return !followers.isEmpty();
    }

    /** After the containers are gone each follower ends by itself; one that does not is stopped. */
    @Override
    public void close() {
        for (Process follower : followers) {
            try {
                if (!follower.waitFor(10, TimeUnit.SECONDS)) follower.destroy();
            } catch (InterruptedException e) {
                follower.destroy();
                Thread.currentThread().interrupt();
            }
        }
        followers.clear();
    }
}

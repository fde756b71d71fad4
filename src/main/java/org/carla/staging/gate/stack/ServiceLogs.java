package org.carla.staging.gate.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes each service's full log to a file at close; one failing service never stops the others. */
public final class ServiceLogs {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceLogs.class);

    private ServiceLogs() {
    }

    public static void writeAll(StackContainers containers, Path dir) {
        List<ServiceState> states;
        try {
            states = containers.states();
            Files.createDirectories(dir);
        } catch (RuntimeException | IOException e) {
            LOG.warn("Cannot collect service logs: {}", e.getMessage());
            return;
        }
        for (ServiceState state : states) {
            try {
                Path file = dir.resolve(state.service() + ".log");
                Files.writeString(file, containers.docker().logs(state.containerId(), null, null), StandardCharsets.UTF_8);
            } catch (RuntimeException | IOException e) {
                LOG.warn("Cannot write the log of {}: {}", state.service(), e.getMessage());
            }
        }
        LOG.info("Service logs written to {}", dir);
    }

    /** Each not-ready service with its last healthcheck output and log tail: the start-failure report. */
    public static String diagnose(StackContainers containers, List<ServiceState> states, int tailLines) {
        StringBuilder text = new StringBuilder();
        for (ServiceState state : states) {
            String reason = state.notReadyReason();
            if (reason == null) continue;
            text.append("\n--- ").append(reason).append("\n    last ").append(tailLines).append(" log lines of ")
                    .append(state.containerName()).append(":\n");
            containers.docker().logTail(state.containerId(), tailLines).lines()
                    .forEach(line -> text.append("    | ").append(line).append('\n'));
        }
        return text.toString();
    }
}

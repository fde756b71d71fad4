package org.carla.staging.gate.stack;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waits until every service of the stack is ready: running and passing its compose healthcheck where it
 * has one, one-shot steps exited 0, and every service with an outside probe answering it from the host.
 * The application images are judged only from outside: nothing is assumed inside them. Keeps the last
 * reasons so that a timeout says which service was not ready and why, not just "timed out".
 */
public final class StackReadiness {
    private final StackContainers containers;
    private final List<String> expectedServices;
    private final Map<String, URI> probes;
    private final HttpProbe http;
    private final Map<String, Instant> firstAnswered = new LinkedHashMap<>();

    public StackReadiness(StackContainers containers, List<String> expectedServices, Map<String, URI> probes, HttpProbe http) {
        this.containers = containers;
        this.expectedServices = List.copyOf(expectedServices);
        this.probes = Map.copyOf(probes);
        this.http = http;
    }

    /** The states when ready; a probed service's startup ends at its first answer from outside. */
    public List<ServiceState> await(Duration timeout, Duration poll) {
        AtomicReference<String> lastReason = new AtomicReference<>("no container seen yet");
        AtomicReference<List<ServiceState>> lastStates = new AtomicReference<>(List.of());
        try {
            Awaitility.await("stack " + containers.project() + " ready").atMost(timeout).pollInterval(poll).pollDelay(Duration.ZERO)
                    .until(() -> {
                        List<ServiceState> states = containers.states();
                        lastStates.set(states);
                        String reason = reasons(states);
                        lastReason.set(reason);
                        return reason == null;
                    });
            return lastStates.get().stream().map(s -> firstAnswered.containsKey(s.service()) ? s.readyAt(firstAnswered.get(s.service())) : s)
                    .toList();
        } catch (ConditionTimeoutException e) {
            throw new NotReadyException("Stack not ready within " + timeout.toSeconds() + " s: " + lastReason.get(), lastStates.get());
        }
    }

    /** Null when every expected service is ready, else one line per problem. Probes a running service not yet answered. */
    String reasons(List<ServiceState> states) {
        List<String> seen = states.stream().map(ServiceState::service).toList();
        String missing = expectedServices.stream().filter(s -> !seen.contains(s)).collect(Collectors.joining(", "));
        List<String> problems = new ArrayList<>(states.stream().map(ServiceState::notReadyReason).filter(Objects::nonNull).toList());
        for (ServiceState state : states) {
            URI probe = probes.get(state.service());
            if (probe == null || firstAnswered.containsKey(state.service()) || !"running".equals(state.status())) continue;
            String why = http.notAnswering(probe);
            if (why == null) firstAnswered.put(state.service(), Instant.now());
            else problems.add(state.service() + " does not answer GET " + probe + " from outside yet: " + why);
        }
        String all = (missing.isEmpty() ? "" : "no container yet for " + missing + (problems.isEmpty() ? "" : "; "))
                + String.join("; ", problems);
        return all.isEmpty() ? null : all;
    }

    /** One GET from outside the container: null when it answered 2xx, else why not. */
    @FunctionalInterface
    public interface HttpProbe {
        String notAnswering(URI url);
    }

    /** Readiness timed out; carries the states seen last, for the start-failure report. */
    public static final class NotReadyException extends RuntimeException {
        private final transient List<ServiceState> states;

        NotReadyException(String message, List<ServiceState> states) {
            super(message);
            this.states = states;
        }

        public List<ServiceState> states() {
            return states;
        }
    }
}

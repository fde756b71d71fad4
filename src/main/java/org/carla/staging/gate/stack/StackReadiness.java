package org.carla.staging.gate.stack;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waits until every container of the stack runs and passes its compose healthcheck. Keeps the last
 * reasons so that a timeout says which service was not ready and why, not just "timed out".
 */
public final class StackReadiness {
    private final StackContainers containers;
    private final List<String> expectedServices;

    public StackReadiness(StackContainers containers, List<String> expectedServices) {
        this.containers = containers;
        this.expectedServices = List.copyOf(expectedServices);
    }

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
            return lastStates.get();
        } catch (ConditionTimeoutException e) {
            throw new NotReadyException("Stack not ready within " + timeout.toSeconds() + " s: " + lastReason.get(), lastStates.get());
        }
    }

    /** Null when every expected service is ready, else one line per problem. */
    String reasons(List<ServiceState> states) {
        List<String> seen = states.stream().map(ServiceState::service).toList();
        String missing = expectedServices.stream().filter(s -> !seen.contains(s)).collect(Collectors.joining(", "));
        String problems = states.stream().map(ServiceState::notReadyReason).filter(Objects::nonNull)
                .collect(Collectors.joining("; "));
        String all = (missing.isEmpty() ? "" : "no container yet for " + missing + (problems.isEmpty() ? "" : "; ")) + problems;
        return all.isEmpty() ? null : all;
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

package org.carla.staging.gate.stack;

import io.qameta.allure.Allure;
import java.time.Instant;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * When a test fails, attaches what a person would look at first: every service's log lines written
 * during that test (a second of margin each side) and the health state of every container.
 */
public final class FailureEvidenceExtension implements BeforeTestExecutionCallback, AfterTestExecutionCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FailureEvidenceExtension.class);

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        context.getStore(NAMESPACE).put("start", Instant.now());
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        // A skip is not a failure; a test factory is no test of the report (Allure has nowhere to put evidence).
        if (context.getExecutionException().filter(e -> !(e instanceof TestAbortedException)).isEmpty()) return;
        if (Allure.getLifecycle().getCurrentTestCase().isEmpty()) return;
        GateRun run = GateRun.of(context);
        if (!run.stackStarted()) return;
        run.stack().containers().ifPresent(containers -> {
            Instant start = context.getStore(NAMESPACE).get("start", Instant.class).minusSeconds(1);
            Instant end = Instant.now().plusSeconds(1);
            StringBuilder health = new StringBuilder();
            try {
                for (ServiceState state : containers.states()) {
                    health.append(state.service()).append(": ").append(state.status()).append(", health ").append(state.health())
                            .append(state.lastHealthOutput().isEmpty() ? "" : " (last check: " + state.lastHealthOutput() + ")").append('\n');
                    Allure.addAttachment("log " + state.service() + " during this test", "text/plain",
                            containers.docker().logs(state.containerId(), start, end), ".log");
                }
            } catch (RuntimeException e) {
                health.append("container details unavailable: ").append(e.getMessage());
            }
            Allure.addAttachment("container health at failure", "text/plain", health.toString(), ".txt");
        });
    }
}

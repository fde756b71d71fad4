package org.carla.staging.proof;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/** What one in-process gate run did: which tests (or whole classes) failed, and which passed. */
final class GateOutcome implements TestExecutionListener {
    /** A test (class#method, or a class when its set-up failed), its tag (package), and why it failed. */
    record Result(String test, String tag, boolean failed, String message) {
    }

    private final List<Result> results = new CopyOnWriteArrayList<>();
    private volatile TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        boolean failed = result.getStatus() == TestExecutionResult.Status.FAILED;
        String message = result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("");
        sourceOf(id).ifPresent(source -> {
            if (source instanceof MethodSource method) {
                if (id.isTest() || failed) results.add(new Result(name(method.getClassName()) + "#" + method.getMethodName(),
                        tag(method.getClassName()), failed, message));
            } else if (source instanceof ClassSource type && failed) {
                results.add(new Result(name(type.getClassName()), tag(type.getClassName()), true, message));
            }
        });
    }

    /** A dynamic test has no source of its own: it is reported under its factory method. */
    private java.util.Optional<org.junit.platform.engine.TestSource> sourceOf(TestIdentifier id) {
        TestIdentifier current = id;
        while (current != null) {
            if (current.getSource().isPresent()) return current.getSource();
            current = plan == null ? null : plan.getParent(current).orElse(null);
        }
        return java.util.Optional.empty();
    }

    List<Result> failures() {
        return results.stream().filter(Result::failed).toList();
    }

    List<Result> results() {
        return List.copyOf(results);
    }

    /** Failed tests whose name starts with one of the given class#method prefixes. */
    List<Result> failuresMatching(Set<String> catchers) {
        return failures().stream().filter(r -> catchers.stream().anyMatch(r.test()::startsWith)).toList();
    }

    private static String name(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** The acceptance package a class lives in is its tag: acceptance.security.X → security. */
    private static String tag(String className) {
        String[] parts = className.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] : "?";
    }
}

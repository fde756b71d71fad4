package org.carla.staging.proof;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/** What one in-process gate run did: which tests (or whole classes) failed, broke, were skipped or passed. */
final class GateOutcome implements TestExecutionListener {
    /** The outcomes as Allure and the JUnit XML tell them apart. */
    enum Kind { PASSED, FAILED, BROKEN, SKIPPED }

    /**
     * A test (class#method, or a class when its set-up failed), its display name (a dynamic test's carries
     * the route or level), its tag (package), its outcome and why.
     */
    record Result(String test, String displayName, String tag, Kind kind, String message) {
        boolean failed() {
            return kind == Kind.FAILED || kind == Kind.BROKEN;
        }
    }

    private final List<Result> results = new CopyOnWriteArrayList<>();
    private volatile TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        sourceOf(id).ifPresent(source -> record(id, source, Kind.SKIPPED, reason));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Kind kind = switch (result.getStatus()) {
            case SUCCESSFUL -> Kind.PASSED;
            case ABORTED -> Kind.SKIPPED;
            case FAILED -> result.getThrowable().filter(AssertionError.class::isInstance).isPresent() ? Kind.FAILED : Kind.BROKEN;
        };
        String message = result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("");
        sourceOf(id).ifPresent(source -> record(id, source, kind, message));
    }

    private void record(TestIdentifier id, TestSource source, Kind kind, String message) {
        if (source instanceof MethodSource method) {
            if (id.isTest() || kind == Kind.FAILED || kind == Kind.BROKEN) {
                results.add(new Result(name(method.getClassName()) + "#" + method.getMethodName(), id.getDisplayName(),
                        tag(method.getClassName()), kind, message));
            }
        } else if (source instanceof ClassSource type && kind != Kind.PASSED) {
            results.add(new Result(name(type.getClassName()), id.getDisplayName(), tag(type.getClassName()), kind, message));
        }
    }

    /** A dynamic test has no source of its own: it is reported under its factory method. */
    private Optional<TestSource> sourceOf(TestIdentifier id) {
        TestIdentifier current = id;
        while (current != null) {
            if (current.getSource().isPresent()) return current.getSource();
            current = plan == null ? null : plan.getParent(current).orElse(null);
        }
        return Optional.empty();
    }

    /** Failed and broken tests: a test that did not pass for a reason other than a skip. */
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

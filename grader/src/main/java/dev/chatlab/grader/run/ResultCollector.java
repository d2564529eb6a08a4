package dev.chatlab.grader.run;

import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingExtension;
import dev.chatlab.grader.harness.UnmetPrerequisite;
import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.result.CheckResult.Status;
import dev.chatlab.grader.result.Evidence;
import java.io.EOFException;
import java.lang.reflect.Method;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Listens to a JUnit run of grading suites and turns each finished {@link Check} into a {@link CheckResult}:
 * points from the lab's {@link PointsTable}, hint from the annotation (or, when the check could not test its
 * behaviour because a step it needs failed, from the {@link UnmetPrerequisite}), the failure message from the
 * thrown error, and the evidence the grading extension published. A suite that fails as a whole (for example, it cannot be instantiated)
 * fails every check it holds. Tells a {@link CheckListener} about each check as it starts, reports progress and
 * ends.
 */
final class ResultCollector implements TestExecutionListener {

    private final List<CheckResult> results = new ArrayList<>();
    private final List<String> reportedIds = new ArrayList<>();
    private final Map<String, Long> startNanos = new HashMap<>();
    private final Map<String, Map<String, String>> evidence = new HashMap<>();
    private final List<String> containerFailures = new ArrayList<>();
    private final PointsTable points;
    private final CheckListener listener;
    private TestPlan plan;

    /** A collector that gives each check its points from {@code points} and tells {@code listener}. */
    ResultCollector(PointsTable points, CheckListener listener) {
        this.points = Objects.requireNonNull(points, "points");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * The results in the order the checks ran; a check that never ran (its suite failed as a whole) is
     * reported as failed with its suite's error.
     */
    List<CheckResult> results() {
        List<CheckResult> all = new ArrayList<>(results);
        Set<String> reported = new HashSet<>(reportedIds);
        String why = containerFailures.isEmpty() ? "the check did not run"
                : "the check did not run: " + String.join("; ", containerFailures);
        plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .filter(test -> !reported.contains(test.getUniqueId()))
                .forEach(test -> check(test).ifPresent(check ->
                        all.add(result(test, check, Status.FAILED, why, Duration.ZERO))));
        return all;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        startNanos.put(test.getUniqueId(), System.nanoTime());
        if (check(test).isPresent()) {
            listener.started(test.getDisplayName());
        }
    }

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        String progress = entry.getKeyValuePairs().get(GradingExtension.PROGRESS);
        if (progress != null) { // may come from a check's own thread: passed on, never stored
            listener.progress(test.getDisplayName(), progress);
            return;
        }
        evidence.computeIfAbsent(test.getUniqueId(), id -> new HashMap<>()).putAll(entry.getKeyValuePairs());
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        check(test).ifPresent(check -> add(test, result(test, check, Status.SKIPPED,
                "skipped: " + reason, Duration.ZERO)));
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult outcome) {
        Duration duration = Duration.ofNanos(System.nanoTime() - startNanos.getOrDefault(test.getUniqueId(), System.nanoTime()));
        Optional<Check> check = check(test);
        if (check.isPresent()) {
            Status status = outcome.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? Status.PASSED
                    : outcome.getStatus() == TestExecutionResult.Status.ABORTED ? Status.SKIPPED : Status.FAILED;
            Optional<UnmetPrerequisite> unmet = outcome.getThrowable().filter(UnmetPrerequisite.class::isInstance)
                    .map(UnmetPrerequisite.class::cast);
            add(test, result(test, check.get(), status, message(outcome), duration,
                    unmet.map(UnmetPrerequisite::hint).orElse(check.get().hint()),
                    unmet.map(UnmetPrerequisite::see).orElse(check.get().see())));
        } else if (outcome.getStatus() == TestExecutionResult.Status.FAILED) {
            containerFailures.add(test.getDisplayName() + " failed with " + message(outcome));
        }
    }

    private void add(TestIdentifier test, CheckResult result) {
        reportedIds.add(test.getUniqueId());
        results.add(result);
        listener.finished(result);
    }

    private CheckResult result(TestIdentifier test, Check check, Status status, String failure, Duration duration) {
        return result(test, check, status, failure, duration, check.hint(), check.see());
    }

    /** The result of {@code test}, with the hint and handout section to show if it failed. */
    private CheckResult result(TestIdentifier test, Check check, Status status, String failure, Duration duration,
                               String hint, String see) {
        String suite = test.getSource().map(source -> ((MethodSource) source).getJavaClass().getSimpleName()).orElse("");
        Evidence evidenceOfTest = evidence(evidence.getOrDefault(test.getUniqueId(), Map.of()));
        Method method = ((MethodSource) test.getSource().orElseThrow()).getJavaMethod();
        int maxPoints = points.pointsOf(method).orElseThrow(() ->
                new IllegalStateException(method + " has no points in its lab's shares"));
        return new CheckResult(test.getDisplayName(), suite, maxPoints, status,
                status == Status.PASSED ? "" : failure, evidenceOfTest, hint, see, duration, check.hidden());
    }

    /** The evidence the grading extension published, one event or stderr line per line of text. */
    private static Evidence evidence(Map<String, String> entries) {
        if (!entries.containsKey(GradingExtension.EVENTS)) {
            return Evidence.NONE;
        }
        return new Evidence(lines(entries.get(GradingExtension.TRANSCRIPT)),
                Integer.parseInt(entries.get(GradingExtension.EVENTS)), lines(entries.get(GradingExtension.STDERR)),
                lines(entries.get(GradingExtension.UNFINISHED)));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }

    private static String message(TestExecutionResult outcome) {
        return outcome.getThrowable().map(ResultCollector::describe).orElse("");
    }

    /** "expected X, but got Y" as the check said it, or the kind of error when it said nothing. */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (failure instanceof AssertionError && message != null && !message.isBlank()) {
            return message.strip();
        }
        if (failure instanceof SocketException || failure instanceof EOFException || failure instanceof SSLException) {
            // A connection to the program under test ended under the check's feet: the program's doing.
            return "expected the connection to the program under test to stay open, but got "
                    + failure.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
        }
        return "the check itself failed with " + failure.getClass().getSimpleName()
                + (message == null ? "" : ": " + message.strip());
    }

    private static Optional<Check> check(TestIdentifier test) {
        return test.getSource()
                .filter(MethodSource.class::isInstance)
                .map(source -> ((MethodSource) source).getJavaMethod())
                .map((Method method) -> method.getAnnotation(Check.class));
    }
}

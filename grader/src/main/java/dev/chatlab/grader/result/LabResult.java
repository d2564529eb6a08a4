package dev.chatlab.grader.result;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of grading one lab: its checks in the order they ran.
 *
 * @param lab     the lab's number, 1 to 5
 * @param title   e.g. "lab01 echo"
 * @param target  what was graded, e.g. "reference jar lab01-echo/target/lab01-echo.jar"
 * @param partial which checks a partial run covered ({@code grade --check}), e.g. "only the checks whose name
 *                contains ..."; empty when the lab was graded whole
 */
public record LabResult(int lab, String title, String target, String partial, List<CheckResult> checks) {

    public LabResult {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(partial, "partial");
        checks = List.copyOf(checks);
    }

    /** The outcome of grading the whole lab. */
    public LabResult(int lab, String title, String target, List<CheckResult> checks) {
        this(lab, title, target, "", checks);
    }

    /** True when only some checks were run ({@code grade --check}). */
    public boolean isPartial() {
        return !partial.isEmpty();
    }

    /** Points earned. */
    public int score() {
        return checks.stream().mapToInt(CheckResult::points).sum();
    }

    /** Points available. */
    public int maxScore() {
        return checks.stream().mapToInt(CheckResult::maxPoints).sum();
    }

    /** Checks that did not pass. */
    public long failures() {
        return checks.stream().filter(check -> check.status() != CheckResult.Status.PASSED).count();
    }
}

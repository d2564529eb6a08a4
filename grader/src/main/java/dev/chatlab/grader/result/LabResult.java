package dev.chatlab.grader.result;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of grading one lab: its checks in the order they ran.
 *
 * @param lab    the lab's number, 1 to 5
 * @param title  e.g. "lab01 echo"
 * @param target what was graded, e.g. "reference jar lab01-echo/target/lab01-echo.jar"
 */
public record LabResult(int lab, String title, String target, List<CheckResult> checks) {

    public LabResult {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(target, "target");
        checks = List.copyOf(checks);
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

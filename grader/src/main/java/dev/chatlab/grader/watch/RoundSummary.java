package dev.chatlab.grader.watch;

import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.result.GradeResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What changed between two rounds of a watch, in one line: "2 checks fixed, 1 still failing: echoes one line
 * (85/100)". A check counts by its name; a check that passed is fine, any other (failed, skipped) is failing.
 */
public final class RoundSummary {

    private RoundSummary() {
    }

    /** The names of the checks of {@code result} that did not pass, in the order of the scorecard. */
    public static Set<String> failing(GradeResult result) {
        Set<String> names = new LinkedHashSet<>();
        result.labs().forEach(lab -> lab.checks().stream()
                .filter(check -> check.status() != CheckResult.Status.PASSED)
                .forEach(check -> names.add(check.name())));
        return names;
    }

    /** The line after round {@code now}; {@code before} is the last round graded, null if none was. */
    public static String describe(GradeResult before, GradeResult now) {
        Set<String> failingNow = failing(now);
        int checks = now.labs().stream().mapToInt(lab -> lab.checks().size()).sum();
        String score = " (" + now.score() + "/" + now.maxScore() + ")";
        List<String> parts = new ArrayList<>();
        if (before != null) {
            Set<String> failingBefore = failing(before);
            long fixed = failingBefore.stream().filter(name -> !failingNow.contains(name)).count();
            List<String> newly = failingNow.stream().filter(name -> !failingBefore.contains(name)).toList();
            List<String> still = failingNow.stream().filter(failingBefore::contains).toList();
            if (fixed > 0) {
                parts.add(count(fixed) + " fixed");
            }
            if (!newly.isEmpty()) {
                parts.add(count(newly.size()) + " newly failing: " + String.join("; ", newly));
            }
            if (!still.isEmpty()) {
                parts.add(count(still.size()) + " still failing: " + String.join("; ", still));
            }
        } else if (!failingNow.isEmpty()) {
            parts.add(count(failingNow.size()) + " failing: " + String.join("; ", failingNow));
        }
        if (failingNow.isEmpty()) {
            parts.add(checks == 1 ? "the check passes" : "all " + checks + " checks pass");
        }
        return String.join(", ", parts) + score;
    }

    private static String count(long checks) {
        return checks + (checks == 1 ? " check" : " checks");
    }
}

package dev.chatlab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.result.LabResult;
import java.util.stream.Collectors;

/** Assertions on a lab's grade, for proving that a suite is honest. */
public final class Verdicts {

    private Verdicts() {
    }

    /** Asserts that every check of {@code result} passed, and that they were worth 100 points in all. */
    public static void assertFullMarks(LabResult result) {
        assertThat(result.maxScore()).isEqualTo(100);
        assertThat(result.score()).as(explain(result)).isEqualTo(100);
    }

    /** Asserts that exactly the checks named failed (some ran, and every other one passed). */
    public static void assertFailsExactly(LabResult result, String... expectedFailures) {
        assertThat(result.checks()).as("checks run").isNotEmpty();
        assertThat(result.checks())
                .filteredOn(check -> check.status() != CheckResult.Status.PASSED)
                .extracting(CheckResult::name)
                .as(explain(result))
                .containsExactlyInAnyOrder(expectedFailures);
    }

    /** The explanation of every check that did not pass, for an assertion's description. */
    public static String explain(LabResult result) {
        return result.checks().stream()
                .filter(check -> check.status() != CheckResult.Status.PASSED)
                .map(check -> "\n--- " + check.name() + "\n" + check.explanation(25))
                .collect(Collectors.joining("", "checks that did not pass:", ""));
    }
}

package dev.chatlab.grader.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.result.CheckResult.Status;
import dev.chatlab.grader.result.Evidence;
import dev.chatlab.grader.result.GradeResult;
import dev.chatlab.grader.result.LabResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one line after each round of a watch. */
class RoundSummaryTest {

    @Test
    void after_a_change_it_counts_the_checks_fixed_and_names_those_newly_and_still_failing() {
        GradeResult before = grade(Status.FAILED, Status.FAILED, Status.PASSED, Status.FAILED);
        GradeResult now = grade(Status.PASSED, Status.PASSED, Status.FAILED, Status.FAILED);

        assertThat(RoundSummary.describe(before, now))
                .isEqualTo("2 checks fixed, 1 check newly failing: check 3, 1 check still failing: check 4 (20/40)");
        assertThat(RoundSummary.failing(now)).containsExactly("check 3", "check 4");
    }

    @Test
    void when_everything_passes_it_says_so() {
        assertThat(RoundSummary.describe(grade(Status.FAILED, Status.PASSED), grade(Status.PASSED, Status.PASSED)))
                .isEqualTo("1 check fixed, all 2 checks pass (20/20)");
        assertThat(RoundSummary.describe(null, grade(Status.PASSED))).isEqualTo("the check passes (10/10)");
    }

    @Test
    void the_first_round_names_what_fails() {
        assertThat(RoundSummary.describe(null, grade(Status.PASSED, Status.SKIPPED)))
                .isEqualTo("1 check failing: check 2 (10/20)");
    }

    private static GradeResult grade(Status... statuses) {
        CheckResult[] checks = new CheckResult[statuses.length];
        Arrays.setAll(checks, i -> new CheckResult("check " + (i + 1), "Suite", 10, statuses[i], "", Evidence.NONE,
                "hint", "lab01.md", Duration.ZERO));
        return new GradeResult(List.of(new LabResult(1, "lab01 echo", "reference", Arrays.asList(checks))),
                7, Instant.EPOCH, Duration.ZERO);
    }
}

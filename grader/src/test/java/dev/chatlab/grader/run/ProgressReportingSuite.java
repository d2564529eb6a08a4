package dev.chatlab.grader.run;

import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Harness;
import org.junit.jupiter.api.Order;

/** A suite of one check that reports its progress twice, for {@link ResultCollectorTest}; it starts no process. */
@GradingSuite
class ProgressReportingSuite {

    @Check(points = 1, hint = "none", see = "grading.md#writing-a-check")
    @Order(1)
    void reports_how_far_it_got(Harness harness) {
        harness.progress("1 of 2 steps");
        harness.progress("  2 of 2 steps  ");
    }
}

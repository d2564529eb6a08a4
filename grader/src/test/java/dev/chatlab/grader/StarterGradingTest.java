package dev.chatlab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.process.ProcessContractChecks;
import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.result.LabResult;
import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.run.LabRunner;
import dev.chatlab.grader.run.PointsTable;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The starter kit, as students get it, graded: it must earn nothing on what students implement, whatever the
 * lab, and the grader must go through every check without failing itself. Only process-contract checks that the
 * kit's own command-line code answers may pass.
 */
class StarterGradingTest {

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void the_starter_kit_scores_nothing_on_the_implementation_checks_of_every_lab() throws Exception {
        Kit starter = new Kit(StarterKitFixture.built());
        for (Lab lab : Lab.values()) {
            if (!starter.has(lab)) {
                continue;
            }
            LabResult result = LabRunner.grade(lab, starter.target(lab, "starter " + lab.module()), 7);

            Set<String> contract = lab.points().checks().stream()
                    .filter(check -> ProcessContractChecks.class.isAssignableFrom(check.suite()))
                    .map(PointsTable.ScoredCheck::name).collect(Collectors.toSet());
            assertThat(result.checks()).as(lab.title()).hasSize(lab.points().checks().size());
            assertThat(result.checks()).as(lab.title() + ": no check failed through the grader itself")
                    .noneMatch(check -> check.failure().startsWith("the check itself failed"));
            assertThat(result.checks().stream().filter(check -> !contract.contains(check.name())))
                    .as(lab.title() + ": the implementation checks")
                    .allMatch(check -> check.status() != CheckResult.Status.PASSED);
            System.out.println(lab.title() + " starter: " + result.score() + "/100; process-contract checks passed: "
                    + result.checks().stream().filter(check -> check.status() == CheckResult.Status.PASSED)
                    .map(CheckResult::name).toList());
        }
    }
}

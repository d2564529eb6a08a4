package dev.chatlab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.process.ProcessContractChecks;
import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.result.LabResult;
import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.run.LabRunner;
import dev.chatlab.grader.run.PointsTable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The starter kit, as students get it, graded: it must earn next to nothing on what students implement, whatever
 * the lab, and the grader must go through every check without failing itself. The process-contract checks that
 * the kit's own command-line code answers may pass, and so may an implementation check whose expected behaviour
 * the kit's error handling gives for free (lab01's client exits 1 with an error line on any failure, a stub's
 * included): {@value #MAX_FOR_NOTHING} points at most.
 */
class StarterGradingTest {

    private static final int MAX_FOR_NOTHING = 5;

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES) // five labs' starters, two at a time, on two busy cores
    void the_starter_kit_scores_nothing_on_the_implementation_checks_of_every_lab() throws Exception {
        Kit starter = new Kit(StarterKitFixture.built());
        // Two labs graded side by side, as the checkpoint proofs do: they share no port but the default ones,
        // which exclusive checks take turns at, and the machine has two cores.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Map<Lab, Future<LabResult>> results = new EnumMap<>(Lab.class);
            for (Lab lab : Lab.values()) {
                if (starter.has(lab)) {
                    results.put(lab, pool.submit(() -> LabRunner.grade(lab, starter.target(lab,
                            "starter " + lab.module()), 7)));
                }
            }
            for (Map.Entry<Lab, Future<LabResult>> graded : results.entrySet()) {
                assertEarnsNothing(graded.getKey(), graded.getValue().get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertEarnsNothing(Lab lab, LabResult result) {
        Set<String> contract = lab.points().checks().stream()
                .filter(check -> ProcessContractChecks.class.isAssignableFrom(check.suite()))
                .map(PointsTable.ScoredCheck::name).collect(Collectors.toSet());
        assertThat(result.checks()).as(lab.title()).hasSize(lab.points().checks().size());
        assertThat(result.checks()).as(lab.title() + ": no check failed through the grader itself")
                .noneMatch(check -> check.failure().startsWith("the check itself failed"));
        int implementation = result.checks().stream().filter(check -> !contract.contains(check.name()))
                .mapToInt(CheckResult::points).sum();
        assertThat(implementation).as(lab.title() + ": the points of the implementation checks, out of "
                + result.maxScore() + "\n" + result.checks()).isLessThanOrEqualTo(MAX_FOR_NOTHING);
        System.out.println(lab.title() + " starter: " + result.score() + "/100; checks passed: "
                + result.checks().stream().filter(check -> check.status() == CheckResult.Status.PASSED)
                .map(CheckResult::name).toList());
    }
}

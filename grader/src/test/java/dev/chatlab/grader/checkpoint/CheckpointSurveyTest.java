package dev.chatlab.grader.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.harness.TempFolder;
import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.run.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The long form of {@link CheckpointsProvenTest}, on request only ({@code -Dchatlab.checkpoints.survey=true}, or
 * a lab's number for that lab alone):
 * grades every check of a lab at every stage, prints which checks pass from which stage on (what a lab's data
 * should say, to copy when the tasks change) and the first line of each failure (a stub's failure names its
 * unfinished task there), and asserts that the data says exactly that.
 */
@EnabledIfSystemProperty(named = "chatlab.checkpoints.survey", matches = "true|[1-5]")
class CheckpointSurveyTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.chatlab.grader.checkpoint.CheckpointsProvenTest#labsWithCheckpoints")
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void the_data_names_each_check_at_the_stage_it_starts_passing(Lab lab) throws Exception {
        String only = System.getProperty("chatlab.checkpoints.survey");
        Assumptions.assumeTrue(only.equals("true") || only.equals(String.valueOf(lab.number())), "not surveyed");
        Checkpoints data = Checkpoints.read(Checkpoints.file(CheckpointsProvenTest.KIT, lab));
        List<List<String>> measured = new ArrayList<>();
        Set<String> passedBefore = new TreeSet<>();
        try (TempFolder folder = TempFolder.create("chatlab-survey-")) {
            for (int k = 0; k <= data.tasks().size(); k++) {
                Map<String, CheckResult> results = CheckpointsProvenTest.grade(lab, data, k,
                        folder.path().resolve("stage" + k), Selection.of(lab));
                List<String> now = new ArrayList<>();
                List<String> lost = new ArrayList<>();
                for (CheckResult result : results.values()) {
                    boolean passes = result.status() != CheckResult.Status.FAILED;
                    if (passes && passedBefore.add(result.name())) {
                        now.add(result.name());
                    } else if (!passes && passedBefore.contains(result.name())) {
                        lost.add(result.name());
                    }
                }
                System.out.println(CheckpointsProvenTest.stage(lab, data, k) + ": " + now.size() + " new "
                        + now + (lost.isEmpty() ? "" : "; passed before but fail now: " + lost));
                results.values().stream().filter(result -> result.status() == CheckResult.Status.FAILED)
                        .forEach(result -> System.out.println("  fails in " + result.duration().toSeconds() + " s: "
                                + result.name() + ": " + result.headline()));
                measured.add(now.stream().sorted().toList());
            }
        }
        for (int k = 0; k <= data.tasks().size(); k++) {
            assertThat(measured.get(k)).as(CheckpointsProvenTest.stage(lab, data, k))
                    .isEqualTo(data.newAt(k).stream().sorted().toList());
        }
    }
}

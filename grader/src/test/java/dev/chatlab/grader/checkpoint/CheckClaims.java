package dev.chatlab.grader.checkpoint;

import dev.chatlab.grader.harness.Target;
import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.run.Selection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What a lab's checkpoints promise of the grader's checks, proven on one stage by grading two sets of checks only:
 * those the data says pass from stage k on must pass, and those it says pass from stage k + 1 on must fail.
 *
 * <p>Why that proves the whole promise, that at stage k exactly the checks of the start and of tasks 1 to k
 * pass: a stage solves a subset of the regions that the next stage solves, and solving a region replaces a stub
 * that throws with the reference's code, which only ever lets a check get further. A check's status is therefore
 * monotone in the stages: once it passes it passes at every later stage (so task j's checks, seen passing at
 * stage j, still pass at k > j), and one that fails at stage k + 1 fails at every earlier stage too (so task j's
 * checks, seen failing at stage j - 1, fail at every k < j). The last stage solves every region (the data names
 * them all, and every check: {@link HandoutCheckpointsTest}), so it is the reference, which earns every point (the
 * lab suites' own tests): it is not graded again. Grading only these edges keeps the long checks out unless a
 * checkpoint turns on them; {@code -Dchatlab.checkpoints.survey=true} grades every check at every stage instead
 * ({@link CheckpointSurveyTest}).
 */
final class CheckClaims {

    private CheckClaims() {
    }

    /** True if stage {@code k} has checks to prove: some new at k or at k + 1, short of the last stage. */
    static boolean any(Checkpoints data, int k) {
        return k < data.tasks().size() && !(data.newAt(k).isEmpty() && data.newAt(k + 1).isEmpty());
    }

    /**
     * What is wrong with stage {@code k}'s checks, run by {@code target}: nothing if those new at k pass and those
     * new at k + 1 fail.
     */
    static List<String> prove(Lab lab, Checkpoints data, int k, Target target) {
        if (!any(data, k)) {
            return List.of();
        }
        List<String> mustPass = data.newAt(k);
        List<String> mustFail = data.newAt(k + 1);
        Set<String> graded = new LinkedHashSet<>(mustPass);
        graded.addAll(mustFail);
        long started = System.nanoTime();
        Map<String, CheckResult> results = CheckpointsProvenTest.grade(lab, Selection.of(lab).only(graded), target);
        CheckResult slowest = results.values().stream().max(Comparator.comparing(CheckResult::duration)).orElseThrow();
        System.out.printf("%s stage %d: graded %d checks in %d s (the slowest: %s, %d ms)%n", lab.title(),
                k, results.size(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), slowest.name(),
                slowest.duration().toMillis());
        String here = CheckpointsProvenTest.stage(lab, data, k);
        String next = CheckpointsProvenTest.stage(lab, data, k + 1);
        List<String> problems = new ArrayList<>();
        for (String name : mustPass) {
            CheckResult result = results.get(name);
            if (result == null) {
                problems.add(here + " promises \"" + name + "\", which " + lab.title() + " does not have");
            } else if (result.status() == CheckResult.Status.FAILED) {
                problems.add(here + " promises that \"" + name + "\" passes, but it fails there: "
                        + result.failure().lines().findFirst().orElse(""));
            }
        }
        for (String name : mustFail) {
            CheckResult result = results.get(name);
            if (result == null) {
                problems.add(next + " promises \"" + name + "\", which " + lab.title() + " does not have");
            } else if (result.status() == CheckResult.Status.PASSED) {
                problems.add(next + " promises \"" + name + "\" as new, but it passes already "
                        + CheckpointsProvenTest.after(k) + ": name it at an earlier checkpoint");
            }
        }
        results.values().stream().filter(result -> result.status() == CheckResult.Status.SKIPPED)
                .forEach(result -> System.out.println(lab.title() + " stage " + k + ": could not prove \""
                        + result.name() + "\", skipped: " + result.failure()));
        return problems;
    }
}

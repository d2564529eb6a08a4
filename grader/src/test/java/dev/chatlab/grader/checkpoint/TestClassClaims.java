package dev.chatlab.grader.checkpoint;

import dev.chatlab.grader.run.Lab;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a lab's checkpoints promise of the module's own test classes, proven on one stage like the checks
 * ({@link CheckClaims}): the classes named at task k must pass at stage k, and each class named at task k + 1
 * must fail there, at least one of its tests. By the same argument, a class's outcome is monotone in the stages:
 * solving a region replaces a stub that throws with the reference's code, which only ever lets a test get further.
 * So a class seen passing at its own stage passes at every later one, and one seen failing at the stage before
 * its own fails at every earlier one. The last stage is the reference, whose module build runs all its tests: it
 * is not run again.
 *
 * <p>The classes run in a JVM of the stage's own ({@link StageTestProcess}); one that must fail runs only up to
 * its first failing test.
 */
final class TestClassClaims {

    private TestClassClaims() {
    }

    /** The test classes named at task {@code k}: none at the start. */
    static List<String> newAt(Checkpoints data, int k) {
        return k == 0 ? List.of() : data.tasks().get(k - 1).tests();
    }

    /** True if stage {@code k} has test classes to prove: some new at k or at k + 1, short of the last stage. */
    static boolean any(Checkpoints data, int k) {
        return k < data.tasks().size() && !(newAt(data, k).isEmpty() && newAt(data, k + 1).isEmpty());
    }

    /**
     * What is wrong with stage {@code k}'s test classes, whose classes are in {@code stageClasses}: nothing if
     * those new at k pass and those new at k + 1 fail. Works in {@code folder}.
     */
    static List<String> prove(Lab lab, Checkpoints data, int k, Path stageClasses, ModuleTests tests, Path folder)
            throws IOException, InterruptedException {
        if (!any(data, k)) {
            return List.of();
        }
        List<String> mustPass = newAt(data, k);
        List<String> mustFail = newAt(data, k + 1);
        long started = System.nanoTime();
        StageTestProcess.Report report = StageTestProcess.run(tests, stageClasses, folder,
                binaryNames(tests, mustPass), binaryNames(tests, mustFail));
        Map<String, StageTestMain.Outcome> outcomes = report.outcomes().stream().collect(Collectors.toMap(
                outcome -> outcome.className().substring(outcome.className().lastIndexOf('.') + 1),
                Function.identity()));
        System.out.printf("%s stage %d: ran %d test classes in %d s:%n  %s%n", lab.title(), k, outcomes.size(),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), report.outcomes().stream()
                        .map(outcome -> outcome.className() + ": " + outcome.summary())
                        .collect(Collectors.joining("\n  ")));
        String here = CheckpointsProvenTest.stage(lab, data, k);
        String next = CheckpointsProvenTest.stage(lab, data, k + 1);
        List<String> problems = new ArrayList<>();
        if (!report.trouble().isEmpty()) {
            problems.add(lab.title() + " stage " + k + "'s test classes: " + report.trouble());
        }
        for (String name : mustPass) {
            StageTestMain.Outcome outcome = outcomes.get(name);
            if (outcome != null && outcome.tests() == 0) {
                problems.add(here + " promises that " + name + " passes, but it runs no test there");
            } else if (outcome != null) {
                outcome.firstFailure().ifPresent(failure -> problems.add(here + " promises that " + name
                        + " passes, but it fails there: " + failure));
            }
        }
        for (String name : mustFail) {
            StageTestMain.Outcome outcome = outcomes.get(name);
            if (outcome != null && outcome.firstFailure().isEmpty()) {
                problems.add(next + " promises that " + name + " passes from then on, but it passes already "
                        + CheckpointsProvenTest.after(k) + " (" + outcome.tests()
                        + " tests): name it at an earlier checkpoint");
            }
        }
        return problems;
    }

    private static List<String> binaryNames(ModuleTests tests, List<String> simpleNames) throws IOException {
        List<String> names = new ArrayList<>();
        for (String name : simpleNames) {
            names.add(tests.className(name));
        }
        return names;
    }
}

package dev.chatlab.grader.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.harness.Target;
import dev.chatlab.grader.harness.TempFolder;
import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.result.LabResult;
import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.run.LabRunner;
import dev.chatlab.grader.run.Selection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every checkpoint of every lab's handout holds on the starter kit. For each stage k of a lab (0: the starter as
 * it is; k: tasks 1 to k done, the others stubbed), the stage is built ({@link LabStage}) and graded on two sets
 * of checks only: those the data says pass from stage k on must pass, and those it says pass from stage k + 1
 * on must fail.
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
 *
 * <p>The stages of a lab are built and graded two at a time: gradings side by side are safe (they share no port
 * but the default one, which {@code @Check(exclusive = true)} checks take turns at), and the machine has two
 * cores. lab05's checks drive a window: each check's GUI driver starts an Xvfb of its own when {@code DISPLAY}
 * is unset, so that two gradings never share a display; with {@code DISPLAY} set they would, and lab05's
 * stages are graded one at a time.
 */
class CheckpointsProvenTest {

    static final long SEED = 20261121L;
    static final Kit KIT = Kit.ofThisGrader();

    static Stream<Lab> labsWithCheckpoints() {
        return Stream.of(Lab.values()).filter(lab -> Files.isRegularFile(Checkpoints.file(KIT, lab)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labsWithCheckpoints")
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void each_checkpoint_passes_the_checks_it_promises_and_not_the_next_tasks(Lab lab) throws Exception {
        Checkpoints data = Checkpoints.read(Checkpoints.file(KIT, lab));
        long started = System.nanoTime();
        List<String> problems = new ArrayList<>();
        try (TempFolder folder = TempFolder.create("chatlab-stages-")) {
            ExecutorService pool = Executors.newFixedThreadPool(sideBySide(lab));
            try {
                List<Future<List<String>>> stages = new ArrayList<>();
                for (int k = 0; k <= data.tasks().size(); k++) {
                    int stage = k;
                    stages.add(pool.submit(() -> prove(lab, data, stage, folder.path().resolve("stage" + stage))));
                }
                for (Future<List<String>> stage : stages) {
                    problems.addAll(stage.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
        System.out.printf("%s: %d stages proven in %d s%n", lab.title(), data.tasks().size() + 1,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        assertThat(problems).as("what " + Checkpoints.file(KIT, lab) + " promises wrongly").isEmpty();
    }

    /** How many stages of {@code lab} are graded at a time: one when GUI checks would share one display. */
    private static int sideBySide(Lab lab) {
        String display = System.getenv("DISPLAY");
        return lab == Lab.LAB05 && display != null && !display.isBlank() ? 1 : 2;
    }

    /** What is wrong with stage {@code k}'s edge: nothing if the checks new at k pass and those new at k + 1 fail. */
    private static List<String> prove(Lab lab, Checkpoints data, int k, Path folder) throws Exception {
        boolean last = k == data.tasks().size(); // every region solved: the reference, which earns every point
        List<String> mustPass = last ? List.of() : data.newAt(k);
        List<String> mustFail = last ? List.of() : data.newAt(k + 1);
        if (mustPass.isEmpty() && mustFail.isEmpty()) {
            return List.of();
        }
        Set<String> graded = new LinkedHashSet<>(mustPass);
        graded.addAll(mustFail);
        long started = System.nanoTime();
        Map<String, CheckResult> results = grade(lab, data, k, folder, Selection.of(lab).only(graded));
        CheckResult slowest = results.values().stream().max(Comparator.comparing(CheckResult::duration)).orElseThrow();
        System.out.printf("%s stage %d: built and graded %d checks in %d s (the slowest: %s, %d ms)%n", lab.title(),
                k, results.size(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), slowest.name(),
                slowest.duration().toMillis());
        List<String> problems = new ArrayList<>();
        for (String name : mustPass) {
            CheckResult result = results.get(name);
            if (result == null) {
                problems.add(stage(lab, data, k) + " promises \"" + name + "\", which " + lab.title() + " does not have");
            } else if (result.status() == CheckResult.Status.FAILED) {
                problems.add(stage(lab, data, k) + " promises that \"" + name + "\" passes, but it fails there: "
                        + result.failure().lines().findFirst().orElse(""));
            }
        }
        for (String name : mustFail) {
            CheckResult result = results.get(name);
            if (result == null) {
                problems.add(stage(lab, data, k + 1) + " promises \"" + name + "\", which " + lab.title()
                        + " does not have");
            } else if (result.status() == CheckResult.Status.PASSED) {
                problems.add(stage(lab, data, k + 1) + " promises \"" + name + "\" as new, but it passes already "
                        + (k == 0 ? "on the starter kit" : "after task " + k) + ": name it at an earlier checkpoint");
            }
        }
        results.values().stream().filter(result -> result.status() == CheckResult.Status.SKIPPED)
                .forEach(result -> System.out.println(lab.title() + " stage " + k + ": could not prove \""
                        + result.name() + "\", skipped: " + result.failure()));
        return problems;
    }

    /** Builds stage {@code k} of {@code lab} in {@code folder} and grades what {@code selection} covers of it. */
    static Map<String, CheckResult> grade(Lab lab, Checkpoints data, int k, Path folder, Selection selection)
            throws Exception {
        Target target = LabStage.build(KIT, lab, data.regionsUpTo(k), folder,
                lab.module() + (k == 0 ? " starter" : " with tasks 1-" + k + " done"));
        LabResult result = LabRunner.grade(lab, selection, target, SEED);
        return result.checks().stream().collect(Collectors.toMap(CheckResult::name, Function.identity()));
    }

    /** How a failure names the stage: "lab02 task 3 (the writer)" or "lab02's start". */
    static String stage(Lab lab, Checkpoints data, int k) {
        return k == 0 ? lab.title() + "'s checkpoint of the start"
                : lab.title() + " task " + k + "'s checkpoint (" + data.tasks().get(k - 1).title() + ")";
    }
}

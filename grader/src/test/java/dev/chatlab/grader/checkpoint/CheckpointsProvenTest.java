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
import java.util.List;
import java.util.Map;
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
 * it is; k: tasks 1 to k done, the others stubbed), the stage is built once ({@link LabStage}) and proven twice:
 * graded on the checks new at k and at k + 1 ({@link CheckClaims}), and run on the module's test classes new at
 * k and at k + 1 ({@link TestClassClaims}), in a JVM of the stage's own.
 *
 * <p>The stages of a lab are built and graded two at a time: gradings side by side are safe (they share no port
 * but the default one, which {@code @Check(exclusive = true)} checks take turns at), and the machine has two
 * cores. lab05's checks drive a window: each check's GUI driver starts an Xvfb of its own when {@code DISPLAY}
 * is unset, so that two gradings never share a display; with {@code DISPLAY} set they would, and lab05's
 * stages are graded one at a time. The module's test classes run one stage at a time, as a module's tests run
 * one class after another in its own build (some time heartbeats and back-offs), each stage's beside its
 * grading: the gradings mostly wait on processes and timers.
 */
class CheckpointsProvenTest {

    static final long SEED = 20261121L;
    static final Kit KIT = Kit.ofThisGrader();

    /** The labs whose handouts have checkpoints; only lab N with {@code -Dchatlab.checkpoints.lab=N}. */
    static Stream<Lab> labsWithCheckpoints() {
        String only = System.getProperty("chatlab.checkpoints.lab", "");
        return Stream.of(Lab.values()).filter(lab -> Files.isRegularFile(Checkpoints.file(KIT, lab)))
                .filter(lab -> only.isEmpty() || only.equals(String.valueOf(lab.number())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labsWithCheckpoints")
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void each_checkpoint_passes_the_checks_and_test_classes_it_promises_and_not_the_next_tasks(Lab lab) throws Exception {
        Checkpoints data = Checkpoints.read(Checkpoints.file(KIT, lab));
        long started = System.nanoTime();
        List<String> problems = new ArrayList<>();
        try (TempFolder folder = TempFolder.create("chatlab-stages-")) {
            ModuleTests tests = ModuleTests.of(KIT, lab);
            ExecutorService gradings = Executors.newFixedThreadPool(sideBySide(lab));
            ExecutorService testRuns = Executors.newSingleThreadExecutor();
            try {
                List<Future<List<String>>> stages = new ArrayList<>();
                for (int k = 0; k <= data.tasks().size(); k++) {
                    Path stage = folder.path().resolve("stage" + k);
                    int tasks = k;
                    stages.add(gradings.submit(() -> prove(lab, data, tasks, stage, tests, testRuns)));
                }
                for (Future<List<String>> stage : stages) {
                    problems.addAll(stage.get());
                }
            } finally {
                gradings.shutdownNow();
                testRuns.shutdownNow();
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

    /**
     * What is wrong with stage {@code k}'s edge: nothing if the checks and test classes new at k pass and those
     * new at k + 1 fail. The stage is built once for both; its test classes run on {@code testRuns} while its
     * checks are graded.
     */
    private static List<String> prove(Lab lab, Checkpoints data, int k, Path folder, ModuleTests tests,
            ExecutorService testRuns) throws Exception {
        if (!CheckClaims.any(data, k) && !TestClassClaims.any(data, k)) {
            return List.of();
        }
        Target target = LabStage.build(KIT, lab, data.regionsUpTo(k), folder, description(lab, k));
        Future<List<String>> testClasses = testRuns.submit(
                () -> TestClassClaims.prove(lab, data, k, LabStage.classes(folder), tests, folder.resolve("tests")));
        List<String> problems = new ArrayList<>(CheckClaims.prove(lab, data, k, target));
        problems.addAll(testClasses.get());
        return problems;
    }

    /** Builds stage {@code k} of {@code lab} in {@code folder} and grades what {@code selection} covers of it. */
    static Map<String, CheckResult> grade(Lab lab, Checkpoints data, int k, Path folder, Selection selection)
            throws Exception {
        return grade(lab, selection, LabStage.build(KIT, lab, data.regionsUpTo(k), folder, description(lab, k)));
    }

    /** Grades what {@code selection} covers of {@code lab} on {@code target}: each check's result by name. */
    static Map<String, CheckResult> grade(Lab lab, Selection selection, Target target) {
        LabResult result = LabRunner.grade(lab, selection, target, SEED);
        return result.checks().stream().collect(Collectors.toMap(CheckResult::name, Function.identity()));
    }

    private static String description(Lab lab, int k) {
        return lab.module() + (k == 0 ? " starter" : " with tasks 1-" + k + " done");
    }

    /** How a failure names the stage: "lab02 task 3 (the writer)" or "lab02's start". */
    static String stage(Lab lab, Checkpoints data, int k) {
        return k == 0 ? lab.title() + "'s checkpoint of the start"
                : lab.title() + " task " + k + "'s checkpoint (" + data.tasks().get(k - 1).title() + ")";
    }

    /** How a failure names the classes of stage {@code k}: "on the starter kit" or "after task 3". */
    static String after(int k) {
        return k == 0 ? "on the starter kit" : "after task " + k;
    }
}

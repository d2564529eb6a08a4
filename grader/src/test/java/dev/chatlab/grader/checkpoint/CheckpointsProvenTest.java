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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every checkpoint of every lab's handout holds on the starter kit. For each stage k of a lab (0: the starter as
 * it is; k: tasks 1 to k done, the others stubbed), the stage is built once ({@link LabStage}) and proven twice:
 * graded on the checks new at k and at k + 1 ({@link CheckClaims}), and run on the module's test classes new at
 * k and at k + 1 ({@link TestClassClaims}), in a JVM of the stage's own.
 *
 * <p>The stages of all labs are proven at once, before the first lab's test ({@link #startProofs}), three
 * gradings at a time, the labs with the most checks first; each lab's test waits for its own stages. Gradings
 * side by side are safe: they share no port but the default ones, which {@code @Check(exclusive = true)} checks
 * take turns at, and they mostly wait on processes and timers (a 30 s deadline, 20 s of chaos). lab05's checks
 * drive a window: each check's GUI driver starts an Xvfb of its own when {@code DISPLAY} is unset, so that two
 * gradings never share a display; with {@code DISPLAY} set they would, and lab05's stages are graded one at a
 * time. Each stage's module test classes run one after another, as in the module's own build (some time
 * heartbeats and back-offs), two stages' at a time, beside the gradings.
 */
class CheckpointsProvenTest {

    static final long SEED = 20261121L;
    static final Kit KIT = Kit.ofThisGrader();

    private static final ExecutorService GRADINGS = Executors.newFixedThreadPool(3);
    private static final ExecutorService TEST_RUNS = Executors.newFixedThreadPool(2);
    private static final Semaphore LAB05_DISPLAY = new Semaphore(1);
    private static final Map<Lab, Proof> PROOFS = new EnumMap<>(Lab.class);

    /** The labs whose handouts have checkpoints; only lab N with {@code -Dchatlab.checkpoints.lab=N}. */
    static Stream<Lab> labsWithCheckpoints() {
        String only = System.getProperty("chatlab.checkpoints.lab", "");
        return Stream.of(Lab.values()).filter(lab -> Files.isRegularFile(Checkpoints.file(KIT, lab)))
                .filter(lab -> only.isEmpty() || only.equals(String.valueOf(lab.number())));
    }

    /**
     * One lab's proof under way: each stage's problems to come (its checks', its test classes'), how many stages
     * there are, and the folder they are built in.
     */
    private record Proof(List<Future<List<String>>> problems, int stages, TempFolder folder, long started) {
    }

    @BeforeAll
    static void startProofs() throws IOException {
        List<Lab> labs = labsWithCheckpoints()
                .sorted(Comparator.comparingInt((Lab lab) -> lab.points().checks().size()).reversed()).toList();
        for (Lab lab : labs) {
            Checkpoints data = Checkpoints.read(Checkpoints.file(KIT, lab));
            ModuleTests tests = ModuleTests.of(KIT, lab);
            TempFolder folder = TempFolder.create("chatlab-stages-" + lab.module() + "-");
            List<Future<List<String>>> stages = new ArrayList<>();
            for (int k = 0; k <= data.tasks().size(); k++) {
                Path stage = folder.path().resolve("stage" + k);
                int tasks = k;
                CompletableFuture<List<String>> testClasses = new CompletableFuture<>();
                stages.add(GRADINGS.submit(() -> prove(lab, data, tasks, stage, tests, testClasses)));
                stages.add(testClasses);
            }
            PROOFS.put(lab, new Proof(stages, data.tasks().size() + 1, folder, System.nanoTime()));
        }
    }

    @AfterAll
    static void endProofs() throws IOException {
        GRADINGS.shutdownNow();
        TEST_RUNS.shutdownNow();
        for (Proof proof : PROOFS.values()) {
            proof.folder().close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labsWithCheckpoints")
    @Timeout(value = 15, unit = TimeUnit.MINUTES) // all labs' stages are under way from the first lab's test on
    void each_checkpoint_passes_the_checks_and_test_classes_it_promises_and_not_the_next_tasks(Lab lab) throws Exception {
        Proof proof = PROOFS.get(lab);
        List<String> problems = new ArrayList<>();
        for (Future<List<String>> stage : proof.problems()) {
            problems.addAll(stage.get());
        }
        System.out.printf("%s: %d stages proven %d s after the proofs began%n", lab.title(), proof.stages(),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - proof.started()));
        assertThat(problems).as("what " + Checkpoints.file(KIT, lab) + " promises wrongly").isEmpty();
    }

    /**
     * Builds stage {@code k} and returns what is wrong with its checks: nothing if those new at k pass and those
     * new at k + 1 fail. Once the stage is built, its test classes run on {@link #TEST_RUNS} meanwhile, and
     * {@code testClasses} completes with what is wrong with them.
     */
    private static List<String> prove(Lab lab, Checkpoints data, int k, Path folder, ModuleTests tests,
            CompletableFuture<List<String>> testClasses) throws Exception {
        if (!CheckClaims.any(data, k) && !TestClassClaims.any(data, k)) {
            testClasses.complete(List.of());
            return List.of();
        }
        Target target;
        try {
            target = LabStage.build(KIT, lab, data.regionsUpTo(k), folder, description(lab, k));
        } catch (Exception | Error e) {
            testClasses.complete(List.of()); // the build's failure is this stage's problem, reported once
            throw e;
        }
        TEST_RUNS.execute(() -> {
            try {
                testClasses.complete(TestClassClaims.prove(lab, data, k, LabStage.classes(folder), tests,
                        folder.resolve("tests")));
            } catch (Exception | Error e) {
                testClasses.completeExceptionally(e);
            }
        });
        String display = System.getenv("DISPLAY");
        boolean sharedDisplay = lab == Lab.LAB05 && display != null && !display.isBlank();
        if (sharedDisplay) {
            LAB05_DISPLAY.acquire(); // GUI checks on one display take turns
        }
        try {
            return CheckClaims.prove(lab, data, k, target);
        } finally {
            if (sharedDisplay) {
                LAB05_DISPLAY.release();
            }
        }
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

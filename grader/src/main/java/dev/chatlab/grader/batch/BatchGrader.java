package dev.chatlab.grader.batch;

import dev.chatlab.grader.harness.TempFolder;
import dev.chatlab.grader.report.BatchReport;
import dev.chatlab.grader.report.LiveConsole;
import dev.chatlab.grader.report.OutcomeFile;
import dev.chatlab.grader.report.OutcomeFile.Outcome;
import dev.chatlab.grader.result.LabOutcome;
import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.run.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * {@code grade --submissions DIR}: grades every submission of a folder (a folder or a zip each), at most
 * {@code parallel} at once, each in an {@link Isolation} of its own and on a copy of its own, within a time limit,
 * into {@code <out>/<name>/}; then writes {@code grades.csv} and {@code class-summary.md} ({@link BatchReport}).
 *
 * <p>Each submission's {@code outcome.json} is written atomically when its grading ends, with the key it was graded
 * from (the content's hash, the grader's version, the labs and checks asked for). A submission whose key has not
 * changed is skipped, unless {@code force}: a second run over the same folder grades only what changed, and an
 * interrupted run picks up where it stopped.
 */
public final class BatchGrader {

    /**
     * What to grade and how.
     *
     * @param labs      the labs each submission is graded on
     * @param arguments the grade command's arguments for each grading ({@code --lab}, {@code --seed} ...)
     * @param scope     the labs and checks asked for, as part of the key
     */
    public record Settings(Path submissions, Path out, List<Lab> labs, List<String> arguments, String scope,
                           int parallel, Duration timeout, boolean force) {

        public Settings {
            Objects.requireNonNull(submissions, "submissions");
            Objects.requireNonNull(out, "out");
            labs = List.copyOf(labs);
            arguments = List.copyOf(arguments);
            Objects.requireNonNull(scope, "scope");
            if (parallel < 1) {
                throw new IllegalArgumentException("--parallel must be at least 1, not " + parallel);
            }
        }
    }

    /** A submission once graded, or skipped, for the class reports. */
    private record Done(String name, Outcome outcome) {
    }

    private final Settings settings;
    private final Isolation isolation;
    private final ZipUnpacker unpacker;

    BatchGrader(Settings settings, Isolation isolation, ZipUnpacker unpacker) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.isolation = Objects.requireNonNull(isolation, "isolation");
        this.unpacker = Objects.requireNonNull(unpacker, "unpacker");
    }

    /** A batch that grades each submission in a child JVM of this grader. */
    public static BatchGrader inChildJvms(Settings settings, Kit kit) {
        return new BatchGrader(settings, new ChildJvm(kit, settings.out().toAbsolutePath().resolve(".machine.lock")),
                ZipUnpacker.DEFAULT);
    }

    /** True if a Docker engine answers, as {@code --sandbox docker} needs. */
    public static boolean dockerAvailable() {
        return ContainerGrading.dockerAvailable();
    }

    /** A batch that grades each submission in a container of {@code image} (docker must run). */
    public static BatchGrader inContainers(Settings settings, Kit kit, String image) {
        return new BatchGrader(settings, new ContainerGrading(kit, image), ZipUnpacker.DEFAULT);
    }

    /**
     * Grades the batch, showing its progress on {@code console}; returns the class reports' paths, or nothing if
     * {@code interrupted} turned true (the batch is incomplete: the state of what was done stays for the next run).
     *
     * @throws IllegalArgumentException if the folder has no submission, or two with the same name
     */
    public Result run(LiveConsole console, BooleanSupplier interrupted) throws IOException, InterruptedException {
        List<Submission> submissions = Submission.in(settings.submissions(), settings.out());
        if (submissions.isEmpty()) {
            throw new IllegalArgumentException("No submissions (folders or .zip files) in " + settings.submissions());
        }
        Files.createDirectories(settings.out());
        String grader = GraderVersion.current();
        BatchProgress progress = new BatchProgress(console, submissions.size(), settings.parallel());
        List<Done> done = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(settings.parallel(),
                Thread.ofPlatform().name("grading-", 1).factory());
        try {
            List<Future<Done>> futures = new ArrayList<>();
            for (Submission submission : submissions) {
                futures.add(pool.submit(() -> gradeOrSkip(submission, grader, progress)));
            }
            for (Future<Done> future : futures) {
                done.add(future.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("The batch failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            progress.close();
        }
        if (interrupted.getAsBoolean()) {
            return new Result(List.of(), false);
        }
        done.sort(Comparator.comparing(Done::name));
        List<BatchReport.Entry> entries = done.stream()
                .map(each -> new BatchReport.Entry(each.name(), each.outcome().labs())).toList();
        List<Path> reports = BatchReport.write(entries, settings.out());
        boolean allGraded = entries.stream().allMatch(entry -> entry.labs().stream().allMatch(LabOutcome::wasGraded));
        return new Result(reports, allGraded);
    }

    /** What a batch wrote, and whether every lab of every submission was graded. */
    public record Result(List<Path> reports, boolean allGraded) {
    }

    private Done gradeOrSkip(Submission submission, String grader, BatchProgress progress) throws Exception {
        Path reports = settings.out().resolve(submission.name());
        Path state = reports.resolve(OutcomeFile.NAME);
        String key = submission.contentHash() + " grader " + grader + " " + settings.scope();
        if (!settings.force()) {
            Outcome before = previous(state);
            if (before != null && before.complete() && before.key().equals(key)) {
                progress.finished(submission.name(), before, Duration.ZERO, true);
                return new Done(submission.name(), before);
            }
        }
        progress.started();
        long started = System.nanoTime();
        Outcome outcome = grade(submission, reports, key);
        OutcomeFile.write(outcome, state);
        progress.finished(submission.name(), outcome, Duration.ofNanos(System.nanoTime() - started), false);
        return new Done(submission.name(), outcome);
    }

    /** The outcome of an earlier run; none if there is none, or it cannot be read (the submission is graded again). */
    private static Outcome previous(Path state) {
        try {
            return OutcomeFile.read(state).orElse(null);
        } catch (IOException unreadable) {
            return null;
        }
    }

    /** Grades {@code submission} on a copy of its own, into a clean {@code reports} folder. */
    private Outcome grade(Submission submission, Path reports, String key) throws IOException, InterruptedException {
        clean(reports);
        try (TempFolder work = TempFolder.create("chatlab-batch-")) {
            Path kit;
            try {
                kit = submission.copyTo(work.path().resolve("submission"), unpacker);
            } catch (IllegalArgumentException | IOException refused) {
                return everyLab(key, LabOutcome.Status.NOT_SUBMITTED, "The submission was refused: "
                        + refused.getMessage());
            }
            Isolation.Ended ended = isolation.grade(kit, work.path(), reports, settings.arguments(), settings.timeout());
            List<LabOutcome> labs = new ArrayList<>(previous(reports.resolve(OutcomeFile.NAME)) instanceof Outcome
                    written ? written.labs() : List.of());
            for (Lab lab : settings.labs()) {
                if (labs.stream().noneMatch(each -> each.lab() == lab.number())) {
                    labs.add(ended.timedOut()
                            ? LabOutcome.notGraded(lab.number(), lab.title(), LabOutcome.Status.TIMED_OUT,
                                    "The grading took longer than " + settings.timeout().toSeconds()
                                            + " s and was stopped; its log is grading.log")
                            : LabOutcome.notGraded(lab.number(), lab.title(), LabOutcome.Status.GRADING_FAILED,
                                    "The grader stopped with exit status " + ended.exitStatus()
                                            + " before grading it; its log is grading.log"));
                }
            }
            labs.sort(Comparator.comparingInt(LabOutcome::lab));
            return new Outcome(key, true, labs);
        }
    }

    private Outcome everyLab(String key, LabOutcome.Status status, String note) {
        return new Outcome(key, true, settings.labs().stream()
                .map(lab -> LabOutcome.notGraded(lab.number(), lab.title(), status, note)).toList());
    }

    /** Empties {@code reports}: what an earlier grading left there (a build log) would mislead. */
    private static void clean(Path reports) throws IOException {
        if (Files.isDirectory(reports)) {
            List<Path> old;
            try (Stream<Path> walk = Files.walk(reports)) {
                old = walk.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(reports)).toList();
            }
            for (Path each : old) {
                Files.deleteIfExists(each);
            }
        }
        Files.createDirectories(reports);
    }
}

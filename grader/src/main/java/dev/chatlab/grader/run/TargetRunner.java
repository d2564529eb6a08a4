package dev.chatlab.grader.run;

import dev.chatlab.grader.report.GradeReporter;
import dev.chatlab.grader.report.LiveConsole;
import dev.chatlab.grader.report.OutcomeFile;
import dev.chatlab.grader.result.ExitCode;
import dev.chatlab.grader.result.GradeResult;
import dev.chatlab.grader.result.LabOutcome;
import dev.chatlab.grader.watch.WatchLoop;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Runs the grading of one target, a kit's jars (with commands put in) or one submission: once, or again at
 * each change of the sources ({@link WatchLoop}). Grades with the {@link KitGrader}, reports with the
 * {@link GradeReporter}, and answers the exit code ({@link ExitCode}). Each method blocks until the grading
 * ends; an interrupted one ends with {@link ExitCode#INTERRUPTED} and writes no report.
 */
public final class TargetRunner {

    private final KitGrader grader;
    private final GradeReporter reporter;
    private final BooleanSupplier interrupted;
    private final Path reportFolder;
    private final PrintWriter out;
    private final PrintWriter err;

    /**
     * Grades as {@code settings} say, the checks' lines on {@code console}, the scorecard on {@code out} and what
     * is graded or rebuilt on {@code err}; {@code interrupted} tells when the grading is being interrupted.
     */
    public TargetRunner(KitGrader.Settings settings, LiveConsole console, PrintWriter out, PrintWriter err,
                        BooleanSupplier interrupted) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.interrupted = Objects.requireNonNull(interrupted, "interrupted");
        this.grader = new KitGrader(settings, console, err);
        this.reportFolder = settings.out();
        this.reporter = new GradeReporter(out, reportFolder, interrupted);
    }

    /**
     * Grades {@code labs} of {@code graded} once, its jars as they are, and reports.
     *
     * @throws IllegalStateException if a jar to grade is missing
     */
    public int once(Kit graded, List<Lab> labs) throws Exception {
        GradeResult result = reporter.report(grader.grade(graded, labs, false, Set.of()), List.of());
        return interrupted.getAsBoolean() ? ExitCode.INTERRUPTED : ExitCode.ofGrading(result);
    }

    /**
     * Grades the one lab of {@code labs} in {@code graded}, then rebuilds and grades it again at each change of
     * its sources, until interrupted; a round that cannot build waits for the next change.
     */
    public int watch(Kit graded, List<Lab> labs) throws Exception {
        Lab watched = labs.getFirst();
        return new WatchLoop(graded.root().resolve(watched.module()), graded.jar(watched), out, err)
                .run((build, first) -> reporter.report(grader.grade(graded, labs, build, first), List.of()));
    }

    /**
     * Builds and grades {@code labs} of the submission {@code graded}, reports, and writes outcome.json; a lab
     * that could not be graded makes the exit code {@link ExitCode#CANNOT_GRADE}.
     */
    public int submission(Kit graded, List<Lab> labs) throws Exception {
        List<LabOutcome> outcomes = new ArrayList<>();
        GradeResult result = grader.gradeSubmission(graded, labs, outcomes);
        List<LabOutcome> notGraded = outcomes.stream().filter(outcome -> !outcome.wasGraded()).toList();
        reporter.report(result, notGraded);
        if (interrupted.getAsBoolean()) {
            return ExitCode.INTERRUPTED;
        }
        OutcomeFile.write(new OutcomeFile.Outcome("", true, outcomes), reportFolder.resolve(OutcomeFile.NAME));
        return ExitCode.ofSubmission(result, notGraded);
    }
}

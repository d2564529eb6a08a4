package dev.chatlab.grader.report;

import dev.chatlab.grader.result.GradeResult;
import dev.chatlab.grader.result.LabOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The end of a {@code grade} of one target: the scorecard on stdout after the live lines, a line per lab that
 * was not graded, then the report folder ({@link ReportFolder}) and a line naming its files. An interrupted
 * grading's result is incomplete: it is neither shown nor written.
 */
public final class GradeReporter {

    private final PrintWriter out;
    private final Path folder;
    private final BooleanSupplier interrupted;

    /** Shows the scorecard on {@code out} and writes the reports into {@code folder}, unless {@code interrupted}. */
    public GradeReporter(PrintWriter out, Path folder, BooleanSupplier interrupted) {
        this.out = Objects.requireNonNull(out, "out");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.interrupted = Objects.requireNonNull(interrupted, "interrupted");
    }

    /**
     * Prints the scorecard of {@code result} and writes its reports with the labs that were {@code notGraded};
     * nothing once interrupted.
     *
     * @return {@code result}, for a caller that goes on with it
     * @throws IOException if a report cannot be written
     */
    public GradeResult report(GradeResult result, List<LabOutcome> notGraded) throws IOException {
        if (interrupted.getAsBoolean()) {
            return result; // incomplete: the processes were killed under the checks
        }
        out.println();
        out.print(new ConsoleScorecard(ConsoleScorecard.colorWanted()).render(result));
        notGraded.forEach(lab -> out.println(lab.title() + ": not graded (" + lab.status().label() + "): "
                + lab.note().lines().findFirst().orElse("")));
        List<Path> reports = ReportFolder.write(result, notGraded, folder);
        out.println("reports: " + String.join(", ", reports.stream().map(Path::toString).toList()));
        out.flush();
        return result;
    }
}

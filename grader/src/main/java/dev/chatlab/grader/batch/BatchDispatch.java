package dev.chatlab.grader.batch;

import dev.chatlab.grader.report.LiveConsole;
import dev.chatlab.grader.result.ExitCode;
import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.run.LabChoice;
import dev.chatlab.grader.run.UsageException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * {@code grade --submissions DIR}: hands a folder of submissions to a {@link BatchGrader}, each submission
 * graded by a {@code grade} of its own in a child JVM or a container, and answers the exit code. Blocks until
 * every submission is graded or the grader is interrupted.
 */
public final class BatchDispatch {

    /**
     * One batch to grade.
     *
     * @param submissions         the folder of submissions
     * @param out                 the class's report folder, with one folder per submission
     * @param choice              the labs and checks asked for, passed on to each grading
     * @param labs                the labs each submission is graded on
     * @param seed                the run's random seed, the same for every submission
     * @param buildTimeoutSeconds the limit of one lab's build
     * @param sandboxed           true if each grading runs the submission's code in a process sandbox
     * @param dockerImage         the image of a container per submission; null to grade in child JVMs
     */
    public record Request(Path submissions, Path out, LabChoice choice, List<Lab> labs, long seed,
                          int buildTimeoutSeconds, boolean sandboxed, String dockerImage) {

        public Request {
            Objects.requireNonNull(submissions, "submissions");
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(choice, "choice");
            labs = List.copyOf(labs);
        }
    }

    private final PrintWriter out;
    private final PrintWriter err;
    private final Kit kit;
    private final BatchOptions options;
    private final LiveConsole console;
    private final BooleanSupplier interrupted;

    /**
     * Grades with {@code kit}'s grader as {@code options} say, the progress on {@code console}, the reports' line
     * on {@code out} and errors on {@code err}; {@code interrupted} tells when the batch is being interrupted.
     */
    public BatchDispatch(Kit kit, BatchOptions options, LiveConsole console, PrintWriter out, PrintWriter err,
                         BooleanSupplier interrupted) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.kit = Objects.requireNonNull(kit, "kit");
        this.options = Objects.requireNonNull(options, "options");
        this.console = Objects.requireNonNull(console, "console");
        this.interrupted = Objects.requireNonNull(interrupted, "interrupted");
    }

    /**
     * Grades every submission of {@code request}: {@link ExitCode#PASSED} if each was graded (whatever its score),
     * {@link ExitCode#CANNOT_GRADE} if some could not be, {@link ExitCode#FAILED} if Docker is asked for and no
     * engine answers, {@link ExitCode#INTERRUPTED} once interrupted.
     *
     * @throws UsageException if the folder holds no submission, or two with the same name
     */
    public int grade(Request request) throws Exception {
        LabChoice choice = request.choice();
        List<String> arguments = new ArrayList<>(List.of("--lab", choice.lab(), "--seed", Long.toString(request.seed()),
                "--build-timeout", Integer.toString(request.buildTimeoutSeconds()),
                "--sandbox", request.sandboxed() ? "process" : "none"));
        if (choice.checkName() != null) {
            arguments.addAll(List.of("--check", choice.checkName()));
        }
        String scope = "labs " + request.labs().stream().map(each -> Integer.toString(each.number())).toList()
                + (choice.checkName() == null ? "" : " checks containing " + choice.checkName().strip());
        BatchGrader.Settings settings = new BatchGrader.Settings(request.submissions(), request.out(),
                request.labs(), arguments, scope, options.parallel(), options.submissionTimeout(), options.force());
        BatchGrader grader;
        if (request.dockerImage() != null) {
            if (!BatchGrader.dockerAvailable()) {
                err.println("error: --sandbox docker needs a running Docker engine, and none "
                        + "answers here (is the docker daemon started, and may this user use it?); nothing was graded");
                return ExitCode.FAILED;
            }
            grader = BatchGrader.inContainers(settings, kit, request.dockerImage());
        } else {
            grader = BatchGrader.inChildJvms(settings, kit);
        }
        BatchGrader.Result result;
        try {
            result = grader.run(console, interrupted);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (interrupted.getAsBoolean()) {
            return ExitCode.INTERRUPTED;
        }
        out.println("reports: " + String.join(", ", result.reports().stream()
                .map(Path::toString).toList()) + ", and one folder per submission");
        return ExitCode.ofBatch(result.allGraded());
    }
}

package dev.chatlab.grader;

import dev.chatlab.grader.batch.BatchDispatch;
import dev.chatlab.grader.batch.BatchGrader;
import dev.chatlab.grader.batch.BatchOptions;
import dev.chatlab.grader.report.ConsoleScorecard;
import dev.chatlab.grader.report.LiveConsole;
import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.run.KitGrader;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.run.LabChoice;
import dev.chatlab.grader.run.TargetRunner;
import dev.chatlab.grader.run.UsageException;
import dev.chatlab.grader.sandbox.ProcessSandbox;
import dev.chatlab.grader.sandbox.SandboxOptions;
import dev.chatlab.grader.watch.WatchLoop;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code grade}: grades one lab or all of them, against the kit's reference jars, a student's submission,
 * or any commands that honour the process contract, and writes the reports. Each check's line comes on stdout
 * as the check ends ({@link LiveConsole}); {@code --watch} grades again at each change of the lab's sources
 * ({@link WatchLoop}); an interrupt kills every process the grading started ({@link InterruptGuard}). A
 * submission's processes and build run in a {@link ProcessSandbox} ({@code --sandbox process}); a lab of a submission
 * that does not build is reported as such and the others are graded, with {@code outcome.json} saying which;
 * {@code --submissions} grades a whole folder of them ({@link BatchGrader}).
 */
@Command(name = "grade", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Grade a lab's server and client, print the scorecard, and write the reports.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check passed", "1:some check failed", "2:bad usage",
            "3:grading could not run, or some lab of a submission could not be graded (build failed, timed out)",
            "130:interrupted by Ctrl-C, which is how --watch ends (143: by SIGTERM)"})
final class GradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--lab", paramLabel = "N|all", defaultValue = "all",
            description = "The lab to grade, 1-5, or all labs this kit has (default: ${DEFAULT-VALUE}).")
    private String lab;

    @Option(names = "--server-cmd", paramLabel = "CMD",
            description = "Grade this server command instead (the grader appends --port 0); one lab only.")
    private String serverCommand;

    @Option(names = "--client-cmd", paramLabel = "CMD",
            description = "Grade this client command instead (the grader appends --host/--port); one lab only.")
    private String clientCommand;

    @Option(names = "--submission", paramLabel = "DIR",
            description = "Build this copy of the kit (a student's work) and grade its jars.")
    private Path submission;

    @Option(names = "--submissions", paramLabel = "DIR",
            description = "Grade every submission (folder or .zip) in DIR; reports go to one folder per submission.")
    private Path submissions;

    @Mixin
    private BatchOptions batch;

    @Mixin
    private SandboxOptions sandbox;

    @Option(names = "--check", paramLabel = "TEXT",
            description = "Run only the checks whose name contains TEXT (ignoring case; _ reads as a space).")
    private String checkName;

    @Option(names = "--seed", paramLabel = "N", description = "Replay the random data of an earlier run.")
    private Long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "chatlab-report",
            description = "Folder for scorecard.txt, junit.xml, results.json, summary.md (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--build-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "Limit of a submission's build (default: ${DEFAULT-VALUE}).")
    private int buildTimeoutSeconds;

    @Option(names = "--watch",
            description = "After grading, rebuild and grade again at each change of the lab's sources (one lab; "
                    + "Ctrl-C ends it).")
    private boolean watch;

    @Option(names = "--kit", paramLabel = "DIR", hidden = true,
            description = "The kit whose reference jars are graded (default: the grader's own).")
    private Path kitRoot;

    /**
     * Checks the options together ({@link GradeUsage}), then grades: a folder of submissions
     * ({@link BatchDispatch}), or one target ({@link TargetRunner}) once or watched. Blocks until the grading ends.
     *
     * @return the exit code ({@link dev.chatlab.grader.result.ExitCode})
     * @throws ParameterException on bad usage: exit code 2, with the usage message
     */
    @Override
    public Integer call() throws Exception {
        try {
            return grade();
        } catch (UsageException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private int grade() throws Exception {
        Kit kit = kitRoot != null ? new Kit(kitRoot) : Kit.ofThisGrader();
        long runSeed = seed != null ? seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
        LabChoice choice = new LabChoice(lab, checkName, serverCommand != null || clientCommand != null);
        GradeUsage usage = new GradeUsage(choice, submission, submissions, watch, sandbox.mode(), batch.parallelInvalid());
        usage.check();
        ProcessSandbox processes = sandbox.processes();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try (LiveConsole live = new LiveConsole(stdout, ConsoleScorecard.colorWanted());
             InterruptGuard interrupts = InterruptGuard.install(stderr, live)) {
            if (submission != null || submissions != null) {
                processes.shortcoming().ifPresent(note -> stderr.println("grader: " + note));
            }
            if (submissions != null) {
                usage.checkBatch();
                return new BatchDispatch(kit, batch, live, stdout, stderr, interrupts::interrupted).grade(
                        new BatchDispatch.Request(submissions, out, choice, choice.labs(kit), runSeed,
                                buildTimeoutSeconds, sandbox.sandboxed(), sandbox.dockerImage()));
            }
            try (AutoCloseable previous = ProcessSandbox.install(processes)) {
                Kit graded = submission != null ? new Kit(submission) : kit;
                List<Lab> labs = choice.labs(kit); // a submission's: the grader's labs, those it lacks reported
                TargetRunner runner = new TargetRunner(new KitGrader.Settings(choice, runSeed, out,
                        Duration.ofSeconds(buildTimeoutSeconds), serverCommand, clientCommand,
                        submission != null || watch), live, stdout, stderr, interrupts::interrupted);
                return watch ? runner.watch(graded, labs)
                        : submission == null ? runner.once(graded, labs) : runner.submission(graded, labs);
            }
        }
    }
}

package dev.chatlab.grader;

import dev.chatlab.grader.batch.BatchGrader;
import dev.chatlab.grader.batch.BatchOptions;
import dev.chatlab.grader.harness.Target;
import dev.chatlab.grader.report.ConsoleScorecard;
import dev.chatlab.grader.report.LiveConsole;
import dev.chatlab.grader.report.OutcomeFile;
import dev.chatlab.grader.report.ReportFolder;
import dev.chatlab.grader.result.GradeResult;
import dev.chatlab.grader.result.LabOutcome;
import dev.chatlab.grader.result.LabResult;
import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.run.LabRunner;
import dev.chatlab.grader.run.Selection;
import dev.chatlab.grader.run.SubmissionBuilder;
import dev.chatlab.grader.sandbox.ProcessLimits;
import dev.chatlab.grader.sandbox.ProcessSandbox;
import dev.chatlab.grader.watch.WatchLoop;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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

    @Option(names = "--sandbox", paramLabel = "MODE", defaultValue = "process",
            description = "How a submission's code runs: process (limits, own folder and environment), docker "
                    + "(a locked-down container per submission; --submissions only), or none (default: ${DEFAULT-VALUE}).")
    private SandboxMode sandbox;

    @Option(names = "--image", paramLabel = "IMAGE", defaultValue = "maven:3.9-eclipse-temurin-21",
            description = "With --sandbox docker: the image, a JDK 21+ with Maven (default: ${DEFAULT-VALUE}).")
    private String image;

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

    /** The values of --sandbox. */
    enum SandboxMode { process, docker, none }

    private Kit kit;
    private LiveConsole console;
    private InterruptGuard guard;

    @Override
    public Integer call() throws Exception {
        kit = kitRoot != null ? new Kit(kitRoot) : Kit.ofThisGrader();
        long runSeed = seed != null ? seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
        for (Path folder : Arrays.asList(submission, submissions)) {
            if (folder != null && !Files.isDirectory(folder)) {
                throw new ParameterException(spec.commandLine(), "No such folder: " + folder);
            }
        }
        if (checkName != null && checkName.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--check needs the text of a check's name");
        }
        boolean knownLabs = Arrays.stream(Lab.values()).anyMatch(this::isAsked); // else --lab's own error comes
        if (checkName != null && knownLabs
                && Arrays.stream(Lab.values()).filter(this::isAsked).noneMatch(this::hasChosenChecks)) {
            throw new ParameterException(spec.commandLine(), noCheckNamed());
        }
        if (watch && (lab.equals("all") || submissions != null || serverCommand != null || clientCommand != null)) {
            throw new ParameterException(spec.commandLine(), "--watch rebuilds and grades one lab's jar: it needs "
                    + "one --lab N, and goes with neither --submissions nor --server-cmd/--client-cmd");
        }
        if (sandbox == SandboxMode.docker && submissions == null) {
            throw new ParameterException(spec.commandLine(), "--sandbox docker grades a folder of submissions "
                    + "(--submissions DIR); put a single submission in a folder of its own");
        }
        if (batch.parallelInvalid()) {
            throw new ParameterException(spec.commandLine(), "--parallel takes a number of gradings, 1 or more");
        }
        ProcessSandbox processes = sandbox == SandboxMode.process ? ProcessSandbox.limited(ProcessLimits.DEFAULT)
                : ProcessSandbox.NONE;
        try (LiveConsole live = new LiveConsole(spec.commandLine().getOut(), ConsoleScorecard.colorWanted());
             InterruptGuard interrupts = InterruptGuard.install(spec.commandLine().getErr(), live)) {
            console = live;
            guard = interrupts;
            if (submission != null || submissions != null) {
                processes.shortcoming().ifPresent(note -> spec.commandLine().getErr().println("grader: " + note));
            }
            if (submissions != null) {
                return gradeBatch(runSeed);
            }
            AutoCloseable previous = ProcessSandbox.install(processes);
            try {
                return gradeOne(runSeed);
            } finally {
                previous.close();
            }
        }
    }

    /** Grades the kit's reference jars, --server-cmd/--client-cmd, or one --submission, and writes the reports. */
    private int gradeOne(long runSeed) throws Exception {
        Kit graded = submission != null ? new Kit(submission) : kit;
        if (watch) {
            Lab watched = labsToGrade(graded).getFirst();
            return new WatchLoop(graded.root().resolve(watched.module()), graded.jar(watched),
                    spec.commandLine().getOut(), spec.commandLine().getErr())
                    .run((build, first) -> report(gradeKit(graded, build, runSeed, out, first), List.of()));
        }
        if (submission == null) {
            GradeResult result = report(gradeKit(graded, false, runSeed, out, Set.of()), List.of());
            return guard.interrupted() ? GraderMain.INTERRUPTED : result.allPassed() ? 0 : 1;
        }
        List<LabOutcome> outcomes = new ArrayList<>();
        GradeResult result = gradeSubmission(graded, runSeed, outcomes);
        List<LabOutcome> notGraded = outcomes.stream().filter(outcome -> !outcome.wasGraded()).toList();
        report(result, notGraded);
        if (guard.interrupted()) {
            return GraderMain.INTERRUPTED;
        }
        OutcomeFile.write(new OutcomeFile.Outcome("", true, outcomes), out.resolve(OutcomeFile.NAME));
        return !notGraded.isEmpty() ? GraderMain.CANNOT_GRADE : result.allPassed() ? 0 : 1;
    }

    /**
     * Prints the scorecard of {@code result} after the live lines, and writes its reports with the labs that were
     * {@code notGraded}; not once interrupted.
     */
    private GradeResult report(GradeResult result, List<LabOutcome> notGraded) throws IOException {
        if (guard.interrupted()) {
            return result; // incomplete: the processes were killed under the checks
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println();
        stdout.print(new ConsoleScorecard(ConsoleScorecard.colorWanted()).render(result));
        notGraded.forEach(lab -> stdout.println(lab.title() + ": not graded (" + lab.status().label() + "): "
                + lab.note().lines().findFirst().orElse("")));
        List<Path> reports = ReportFolder.write(result, notGraded, out);
        stdout.println("reports: " + String.join(", ", reports.stream().map(Path::toString).toList()));
        stdout.flush();
        return result;
    }

    /** Grades every submission under {@code --submissions}, each in a grading of its own ({@link BatchGrader}). */
    private int gradeBatch(long runSeed) throws Exception {
        if (submission != null || serverCommand != null || clientCommand != null) {
            throw new ParameterException(spec.commandLine(),
                    "--submissions grades folders of submissions; it goes with neither --submission nor --*-cmd");
        }
        List<Lab> labs = labsToGrade(kit);
        List<String> arguments = new ArrayList<>(List.of("--lab", lab, "--seed", Long.toString(runSeed),
                "--build-timeout", Integer.toString(buildTimeoutSeconds),
                "--sandbox", sandbox == SandboxMode.none ? "none" : "process"));
        if (checkName != null) {
            arguments.addAll(List.of("--check", checkName));
        }
        String scope = "labs " + labs.stream().map(each -> Integer.toString(each.number())).toList()
                + (checkName == null ? "" : " checks containing " + checkName.strip());
        BatchGrader.Settings settings = new BatchGrader.Settings(submissions, out, labs, arguments, scope,
                batch.parallel(), batch.submissionTimeout(), batch.force());
        BatchGrader grader;
        if (sandbox == SandboxMode.docker) {
            if (!BatchGrader.dockerAvailable()) {
                spec.commandLine().getErr().println("error: --sandbox docker needs a running Docker engine, and none "
                        + "answers here (is the docker daemon started, and may this user use it?); nothing was graded");
                return 1;
            }
            grader = BatchGrader.inContainers(settings, kit, image);
        } else {
            grader = BatchGrader.inChildJvms(settings, kit);
        }
        BatchGrader.Result result;
        try {
            result = grader.run(console, guard::interrupted);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (guard.interrupted()) {
            return GraderMain.INTERRUPTED;
        }
        spec.commandLine().getOut().println("reports: " + String.join(", ", result.reports().stream()
                .map(Path::toString).toList()) + ", and one folder per submission");
        return result.allGraded() ? 0 : GraderMain.CANNOT_GRADE;
    }

    /**
     * Grades each lab of the submission {@code graded}, building it first; a lab the submission lacks, or whose
     * build fails, gets an outcome that says so and the others are graded. Adds each lab's outcome to
     * {@code outcomes} and writes them to outcome.json as it goes (a batch that stops the grading keeps them).
     */
    private GradeResult gradeSubmission(Kit graded, long runSeed, List<LabOutcome> outcomes) throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Instant started = Instant.now();
        List<LabResult> results = new ArrayList<>();
        boolean isKit = Files.isRegularFile(graded.root().resolve("pom.xml"));
        for (Lab each : labsToGrade(kit)) {
            if (!isKit || !graded.has(each)) {
                outcomes.add(LabOutcome.notGraded(each.number(), each.title(), LabOutcome.Status.NOT_SUBMITTED,
                        isKit ? "The submission has no " + each.module() + " folder"
                                : "Not a ChatLab kit (no pom.xml): " + graded.root()));
            } else {
                try {
                    Target target = target(each, graded, true, out);
                    err.println("grading " + each.title() + ": " + target.description() + " ...");
                    err.flush();
                    console.lab(each.title());
                    LabResult result = LabRunner.grade(each, selection(each), target, runSeed, console, Set.of());
                    results.add(result);
                    outcomes.add(LabOutcome.graded(result));
                } catch (IllegalStateException cannotBuild) {
                    err.println(each.title() + ": not graded: " + cannotBuild.getMessage());
                    outcomes.add(LabOutcome.notGraded(each.number(), each.title(), LabOutcome.Status.BUILD_FAILED,
                            cannotBuild.getMessage()));
                }
            }
            OutcomeFile.write(new OutcomeFile.Outcome("", false, outcomes), out.resolve(OutcomeFile.NAME));
        }
        return new GradeResult(results, runSeed, started, Duration.between(started, Instant.now()));
    }

    /**
     * Grades the labs of {@code graded} (the kit itself or a submission), building each lab's jar first if
     * {@code build}, with --server-cmd/--client-cmd put in, and the checks named in {@code first} before the others.
     */
    private GradeResult gradeKit(Kit graded, boolean build, long runSeed, Path reportFolder, Set<String> first)
            throws Exception {
        List<Lab> labs = labsToGrade(graded);
        PrintWriter err = spec.commandLine().getErr();
        Instant started = Instant.now();
        List<LabResult> results = new ArrayList<>();
        for (Lab each : labs) {
            Target target = target(each, graded, build, reportFolder);
            err.println("grading " + each.title() + ": " + target.description() + " ...");
            err.flush();
            console.lab(each.title());
            results.add(LabRunner.grade(each, selection(each), target, runSeed, console, first));
        }
        return new GradeResult(results, runSeed, started, Duration.between(started, Instant.now()));
    }

    /** The whole lab, or with --check only the checks whose name contains its text. */
    private Selection selection(Lab each) {
        return checkName == null ? Selection.of(each) : Selection.of(each).named(checkName);
    }

    /** True if --lab asks for {@code each}. */
    private boolean isAsked(Lab each) {
        return lab.equals("all") || lab.equals(Integer.toString(each.number()));
    }

    /** True if {@code each} has a check that {@link #selection} runs. */
    private boolean hasChosenChecks(Lab each) {
        Selection chosen = selection(each);
        return each.points().checks().stream().anyMatch(check -> chosen.selects(check.name()));
    }

    /** The usage error of a --check that matches no check of the labs asked for, listing their checks. */
    private String noCheckNamed() {
        StringBuilder message = new StringBuilder("No check name contains \"" + checkName.strip()
                + "\" (ignoring case), so nothing was graded. The checks are:");
        Arrays.stream(Lab.values()).filter(this::isAsked).forEach(each -> each.points().checks().forEach(check ->
                message.append("\n  ").append(each.title()).append(": ").append(check.name())));
        return message.toString();
    }

    private List<Lab> labsToGrade(Kit graded) {
        List<Lab> labs;
        if (lab.equals("all")) {
            labs = Arrays.stream(Lab.values()).filter(graded::has).toList();
            if (labs.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "No lab to grade in " + graded.root());
            }
        } else {
            int number;
            try {
                number = Integer.parseInt(lab);
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(), "--lab takes 1-5 or all, not: " + lab);
            }
            Lab chosen = Lab.byNumber(number).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "The grader has no suite for lab " + number + " yet; it grades labs "
                            + Arrays.stream(Lab.values()).map(l -> Integer.toString(l.number())).toList()));
            labs = List.of(chosen);
        }
        if ((serverCommand != null || clientCommand != null) && lab.equals("all")) {
            throw new ParameterException(spec.commandLine(), "--server-cmd and --client-cmd need one --lab N");
        }
        if (checkName != null) {
            labs = labs.stream().filter(this::hasChosenChecks).toList();
            if (labs.isEmpty()) {
                throw new ParameterException(spec.commandLine(), noCheckNamed());
            }
        }
        return labs;
    }

    /**
     * The jar of {@code graded}, built first if {@code build}: a submission's or the one a watch follows ("your
     * jar <path>"), else the kit's own ("reference"); before --server-cmd/--client-cmd.
     */
    private Target target(Lab lab, Kit graded, boolean build, Path logFolder) throws Exception {
        if (build) {
            console.working("building " + lab.module());
            try {
                new SubmissionBuilder(Duration.ofSeconds(buildTimeoutSeconds), logFolder).build(graded, lab);
            } finally {
                console.idle();
            }
        } else if (!Files.isRegularFile(graded.jar(lab)) && (serverCommand == null || clientCommand == null)) {
            throw new IllegalStateException("Missing " + graded.jar(lab) + "; build the kit first (./chatlab build)");
        }
        boolean yours = submission != null || submissions != null || watch; // sources a student works on
        Target base = graded.target(lab, graded.describeJar(lab, yours));
        if (serverCommand == null && clientCommand == null) {
            return base;
        }
        String description = (serverCommand != null ? "server `" + serverCommand + "`" : "reference server")
                + " and " + (clientCommand != null ? "client `" + clientCommand + "`" : "reference client");
        return new Target(description,
                serverCommand != null ? Target.shellCommand(serverCommand) : base.serverCommand(),
                clientCommand != null ? Target.shellCommand(clientCommand) : base.clientCommand());
    }
}

package dev.chatlab.grader;

import dev.chatlab.grader.harness.Target;
import dev.chatlab.grader.report.BatchReport;
import dev.chatlab.grader.report.ConsoleScorecard;
import dev.chatlab.grader.report.LiveConsole;
import dev.chatlab.grader.report.ReportFolder;
import dev.chatlab.grader.result.GradeResult;
import dev.chatlab.grader.result.LabResult;
import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.run.LabRunner;
import dev.chatlab.grader.run.Selection;
import dev.chatlab.grader.run.SubmissionBuilder;
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
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code grade}: grades one lab or all of them, against the kit's reference jars, a student's submission,
 * or any commands that honour the process contract, and writes the reports. Each check's line comes on stdout
 * as the check ends ({@link LiveConsole}); {@code --watch} grades again at each change of the lab's sources
 * ({@link WatchLoop}); an interrupt kills every process the grading started ({@link InterruptGuard}).
 */
@Command(name = "grade", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Grade a lab's server and client, print the scorecard, and write the reports.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check passed", "1:some check failed", "2:bad usage",
            "3:grading could not run (build failed, jar missing)",
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
            description = "Grade every submission folder in DIR; reports go to one folder per submission.")
    private Path submissions;

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
        try (LiveConsole live = new LiveConsole(spec.commandLine().getOut(), ConsoleScorecard.colorWanted());
             InterruptGuard interrupts = InterruptGuard.install(spec.commandLine().getErr(), live)) {
            console = live;
            guard = interrupts;
            if (submissions != null) {
                return gradeBatch(runSeed);
            }
            Kit graded = submission != null ? new Kit(submission) : kit;
            if (watch) {
                Lab watched = labsToGrade(graded).getFirst();
                return new WatchLoop(graded.root().resolve(watched.module()), graded.jar(watched),
                        spec.commandLine().getOut(), spec.commandLine().getErr())
                        .run((build, first) -> report(gradeKit(graded, build, runSeed, out, first)));
            }
            GradeResult result = report(gradeKit(graded, submission != null, runSeed, out, Set.of()));
            return guard.interrupted() ? GraderMain.INTERRUPTED : result.allPassed() ? 0 : 1;
        }
    }

    /** Prints the scorecard of {@code result} after the live lines, and writes its reports; not once interrupted. */
    private GradeResult report(GradeResult result) throws IOException {
        if (guard.interrupted()) {
            return result; // incomplete: the processes were killed under the checks
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println();
        stdout.print(new ConsoleScorecard(ConsoleScorecard.colorWanted()).render(result));
        List<Path> reports = ReportFolder.write(result, out);
        stdout.println("reports: " + String.join(", ", reports.stream().map(Path::toString).toList()));
        stdout.flush();
        return result;
    }

    /** Grades every submission folder under {@code --submissions}, each into its own report folder. */
    private int gradeBatch(long runSeed) throws Exception {
        if (submission != null || serverCommand != null || clientCommand != null) {
            throw new ParameterException(spec.commandLine(),
                    "--submissions grades folders of submissions; it goes with neither --submission nor --*-cmd");
        }
        List<Path> folders;
        try (Stream<Path> children = Files.list(submissions)) {
            folders = children.filter(Files::isDirectory).sorted().toList();
        }
        if (folders.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "No submission folders in " + submissions);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        List<BatchReport.Entry> entries = new ArrayList<>();
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            try {
                GradeResult result = gradeKit(new Kit(folder), true, runSeed, out.resolve(name), Set.of());
                if (guard.interrupted()) {
                    return GraderMain.INTERRUPTED; // incomplete: no report
                }
                ReportFolder.write(result, out.resolve(name));
                entries.add(BatchReport.Entry.graded(name, result));
                stdout.println(name + ": " + result.score() + "/" + result.maxScore());
            } catch (IllegalStateException | ParameterException cannotGrade) {
                entries.add(BatchReport.Entry.notGraded(name, cannotGrade.getMessage()));
                stdout.println(name + ": not graded: " + cannotGrade.getMessage().lines().findFirst().orElse(""));
            }
            stdout.flush();
        }
        List<Path> reports = BatchReport.write(entries, out);
        stdout.println("reports: " + String.join(", ", reports.stream().map(Path::toString).toList())
                + ", and one folder per submission");
        return entries.stream().allMatch(BatchReport.Entry::wasGraded) ? 0 : GraderMain.CANNOT_GRADE;
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

package dev.chatlab.grader;

import dev.chatlab.grader.harness.Target;
import dev.chatlab.grader.report.BatchReport;
import dev.chatlab.grader.report.ConsoleScorecard;
import dev.chatlab.grader.report.ReportFolder;
import dev.chatlab.grader.result.GradeResult;
import dev.chatlab.grader.result.LabResult;
import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.run.LabRunner;
import dev.chatlab.grader.run.Selection;
import dev.chatlab.grader.run.SubmissionBuilder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code grade}: grades one lab or all of them, against the kit's reference jars, a student's submission,
 * or any commands that honour the process contract, and writes the reports.
 */
@Command(name = "grade", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Grade a lab's server and client, print the scorecard, and write the reports.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check passed", "1:some check failed", "2:bad usage",
            "3:grading could not run (build failed, jar missing)"})
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

    @Option(names = "--kit", paramLabel = "DIR", hidden = true,
            description = "The kit whose reference jars are graded (default: the grader's own).")
    private Path kitRoot;

    @Override
    public Integer call() throws Exception {
        Kit kit = kitRoot != null ? new Kit(kitRoot) : Kit.ofThisGrader();
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
        if (submissions != null) {
            return gradeBatch(kit, runSeed);
        }
        GradeResult result = gradeKit(kit, submission != null ? new Kit(submission) : null, runSeed, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(new ConsoleScorecard(ConsoleScorecard.colorWanted()).render(result));
        List<Path> reports = ReportFolder.write(result, out);
        stdout.println("reports: " + String.join(", ", reports.stream().map(Path::toString).toList()));
        stdout.flush();
        return result.allPassed() ? 0 : 1;
    }

    /** Grades every submission folder under {@code --submissions}, each into its own report folder. */
    private int gradeBatch(Kit kit, long runSeed) throws Exception {
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
                GradeResult result = gradeKit(kit, new Kit(folder), runSeed, out.resolve(name));
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
     * Grades the labs of {@code submitted} (built first), or the reference jars of {@code kit} when
     * {@code submitted} is null, with --server-cmd/--client-cmd put in.
     */
    private GradeResult gradeKit(Kit kit, Kit submitted, long runSeed, Path reportFolder) throws Exception {
        List<Lab> labs = labsToGrade(submitted != null ? submitted : kit);
        PrintWriter err = spec.commandLine().getErr();
        Instant started = Instant.now();
        List<LabResult> results = new ArrayList<>();
        for (Lab each : labs) {
            Target target = target(each, kit, submitted, reportFolder);
            err.println("grading " + each.title() + ": " + target.description() + " ...");
            err.flush();
            results.add(LabRunner.grade(each, selection(each), target, runSeed));
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

    /** The reference jar, or the submission's jar (built first), before --server-cmd/--client-cmd. */
    private Target target(Lab lab, Kit kit, Kit submitted, Path logFolder) throws Exception {
        Target base;
        if (submitted != null) {
            Kit built = new SubmissionBuilder(Duration.ofSeconds(buildTimeoutSeconds), logFolder).build(submitted, lab);
            base = built.target(lab, "submission " + built.jar(lab));
        } else {
            if (!Files.isRegularFile(kit.jar(lab)) && (serverCommand == null || clientCommand == null)) {
                throw new IllegalStateException("Missing " + kit.jar(lab) + "; build the kit first (./chatlab build)");
            }
            base = kit.target(lab, "reference " + kit.root().relativize(kit.jar(lab)));
        }
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

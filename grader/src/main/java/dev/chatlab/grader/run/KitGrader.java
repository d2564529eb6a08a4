package dev.chatlab.grader.run;

import dev.chatlab.grader.harness.Target;
import dev.chatlab.grader.report.LiveConsole;
import dev.chatlab.grader.report.OutcomeFile;
import dev.chatlab.grader.result.GradeResult;
import dev.chatlab.grader.result.LabOutcome;
import dev.chatlab.grader.result.LabResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Grades the labs of one kit, one lab after the other, through {@link LabRunner}: the kit's reference jars, a
 * student's submission (each lab built first), with {@code --server-cmd}/{@code --client-cmd} in place of a
 * reference process. Says on stderr what each lab grades; the checks' lines go to the {@link LiveConsole}.
 * Each method blocks until its labs are graded.
 */
public final class KitGrader {

    /**
     * What every lab's grading shares.
     *
     * @param choice        the labs and checks asked for
     * @param seed          the run's random seed
     * @param out           the report folder, where a build's log goes too
     * @param buildTimeout  the limit of one lab's build
     * @param serverCommand the server command graded instead of the jar's; null for the jar's
     * @param clientCommand the client command graded instead of the jar's; null for the jar's
     * @param yours         true if the jars are a student's work ("your jar"), false for the kit's ("reference")
     */
    public record Settings(LabChoice choice, long seed, Path out, Duration buildTimeout, String serverCommand,
                           String clientCommand, boolean yours) {

        public Settings {
            Objects.requireNonNull(choice, "choice");
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(buildTimeout, "buildTimeout");
        }
    }

    private final Settings settings;
    private final LiveConsole console;
    private final PrintWriter err;

    public KitGrader(Settings settings, LiveConsole console, PrintWriter err) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.console = Objects.requireNonNull(console, "console");
        this.err = Objects.requireNonNull(err, "err");
    }

    /**
     * Grades {@code labs} of {@code graded} (the kit itself or a submission), building each lab's jar first if
     * {@code build}, the checks named in {@code first} before the others.
     *
     * @throws IllegalStateException if a build fails, or a jar to grade is missing
     */
    public GradeResult grade(Kit graded, List<Lab> labs, boolean build, Set<String> first) throws Exception {
        Instant started = Instant.now();
        List<LabResult> results = new ArrayList<>();
        for (Lab each : labs) {
            Target target = target(each, graded, build);
            announce(each, target);
            results.add(LabRunner.grade(each, settings.choice().selection(each), target, settings.seed(), console,
                    first));
        }
        return new GradeResult(results, settings.seed(), started, Duration.between(started, Instant.now()));
    }

    /**
     * Grades {@code labs} of the submission {@code graded}, building each first; a lab the submission lacks, or
     * whose build fails, gets an outcome that says so and the others are graded. Adds each lab's outcome to
     * {@code outcomes} and writes them to outcome.json as it goes (a batch that stops the grading keeps them).
     */
    public GradeResult gradeSubmission(Kit graded, List<Lab> labs, List<LabOutcome> outcomes) throws Exception {
        Instant started = Instant.now();
        List<LabResult> results = new ArrayList<>();
        boolean isKit = Files.isRegularFile(graded.root().resolve("pom.xml"));
        for (Lab each : labs) {
            if (!isKit || !graded.has(each)) {
                outcomes.add(LabOutcome.notGraded(each.number(), each.title(), LabOutcome.Status.NOT_SUBMITTED,
                        isKit ? "The submission has no " + each.module() + " folder"
                                : "Not a ChatLab kit (no pom.xml): " + graded.root()));
            } else {
                try {
                    Target target = target(each, graded, true);
                    announce(each, target);
                    LabResult result = LabRunner.grade(each, settings.choice().selection(each), target,
                            settings.seed(), console, Set.of());
                    results.add(result);
                    outcomes.add(LabOutcome.graded(result));
                } catch (IllegalStateException cannotBuild) {
                    err.println(each.title() + ": not graded: " + cannotBuild.getMessage());
                    outcomes.add(LabOutcome.notGraded(each.number(), each.title(), LabOutcome.Status.BUILD_FAILED,
                            cannotBuild.getMessage()));
                }
            }
            OutcomeFile.write(new OutcomeFile.Outcome("", false, outcomes), settings.out().resolve(OutcomeFile.NAME));
        }
        return new GradeResult(results, settings.seed(), started, Duration.between(started, Instant.now()));
    }

    private void announce(Lab lab, Target target) {
        err.println("grading " + lab.title() + ": " + target.description() + " ...");
        err.flush();
        console.lab(lab.title());
    }

    /** The jar of {@code graded}, built first if {@code build}, with --server-cmd/--client-cmd put in. */
    private Target target(Lab lab, Kit graded, boolean build) throws Exception {
        String server = settings.serverCommand();
        String client = settings.clientCommand();
        if (build) {
            console.working("building " + lab.module());
            try {
                new SubmissionBuilder(settings.buildTimeout(), settings.out()).build(graded, lab);
            } finally {
                console.idle();
            }
        } else if (!Files.isRegularFile(graded.jar(lab)) && (server == null || client == null)) {
            throw new IllegalStateException("Missing " + graded.jar(lab) + "; build the kit first (./chatlab build)");
        }
        Target base = graded.target(lab, graded.describeJar(lab, settings.yours()));
        if (server == null && client == null) {
            return base;
        }
        String description = (server != null ? "server `" + server + "`" : "reference server")
                + " and " + (client != null ? "client `" + client + "`" : "reference client");
        return new Target(description, server != null ? Target.shellCommand(server) : base.serverCommand(),
                client != null ? Target.shellCommand(client) : base.clientCommand());
    }
}

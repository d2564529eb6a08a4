package dev.chatlab.grader.run;

import dev.chatlab.grader.harness.LiveProcesses;
import dev.chatlab.grader.sandbox.ProcessSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Builds a student's submission (a copy of the kit with their work) with Maven, bounded in time, in this JVM's
 * {@link ProcessSandbox}, so that its lab jars can be graded. The build runs offline first: the kit's
 * dependencies are normally in the local repository already, and a build that reaches nothing outside cannot leak
 * anything; only if Maven says that something is missing offline does it run again online. The build log is kept
 * in the report folder.
 */
public final class SubmissionBuilder {

    /** How many lines of the build log a failure shows: enough for a compiler error and its context. */
    public static final int LOG_LINES_SHOWN = 60;
    /** What Maven says when an artifact is not in the local repository and it may not download it. */
    private static final Pattern MISSING_OFFLINE = Pattern.compile("offline mode|has not been downloaded from it before");

    private final Duration timeout;
    private final Path logFolder;

    /** A builder that gives each build at most {@code timeout} and writes its logs into {@code logFolder}. */
    public SubmissionBuilder(Duration timeout, Path logFolder) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.logFolder = Objects.requireNonNull(logFolder, "logFolder");
    }

    /**
     * Runs {@code mvn -DskipTests -pl <module> -am package} in {@code submission} and returns the built kit.
     * Blocks until the build ends; throws {@link IllegalStateException} with the log's last lines if it fails,
     * times out, or does not produce the lab's jar.
     */
    public Kit build(Kit submission, Lab lab) throws IOException, InterruptedException {
        if (!Files.isRegularFile(submission.root().resolve("pom.xml"))) {
            throw new IllegalStateException("Not a ChatLab kit (no pom.xml): " + submission.root());
        }
        Files.createDirectories(logFolder);
        Path log = logFolder.resolve("build-" + lab.module() + ".log");
        long deadline = System.nanoTime() + timeout.toNanos();
        int exit = run(submission, lab, true, log, deadline);
        if (exit != 0 && MISSING_OFFLINE.matcher(read(log)).find()) {
            exit = run(submission, lab, false, log, deadline); // a dependency the local repository lacks
        }
        if (exit != 0) {
            throw new IllegalStateException("Building " + lab.module() + " failed (mvn exit " + exit
                    + "); last lines of " + log + ":\n" + String.join("\n", tail(log, LOG_LINES_SHOWN)));
        }
        if (!Files.isRegularFile(submission.jar(lab))) {
            throw new IllegalStateException("The build succeeded but made no " + submission.jar(lab));
        }
        return submission;
    }

    /** Runs one Maven build into {@code log} and returns its exit status; throws if it outlives {@code deadline}. */
    private int run(Kit submission, Lab lab, boolean offline, Path log, long deadline)
            throws IOException, InterruptedException {
        List<String> mvn = new ArrayList<>(List.of("mvn", "-B", "-q"));
        if (offline) {
            mvn.add("-o");
        }
        mvn.addAll(List.of("-DskipTests", "-pl", lab.module(), "-am", "package"));
        ProcessSandbox sandbox = ProcessSandbox.current();
        ProcessBuilder builder = new ProcessBuilder(sandbox.buildCommand(mvn, timeout.toSeconds()))
                .directory(submission.root().toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        sandbox.prepareBuild(builder);
        Process build;
        try {
            build = builder.start();
            LiveProcesses.register(build, "build of " + lab.module()); // an interrupted grader kills it
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run Maven (mvn) to build the submission: " + e.getMessage(), e);
        }
        boolean finished = false;
        try {
            finished = build.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } finally {
            if (!finished) { // timed out, or interrupted: no build may outlive the grader's wait
                LiveProcesses.killTree(build.toHandle());
            }
            LiveProcesses.unregister(build);
        }
        if (!finished) {
            throw new IllegalStateException("Building " + lab.module() + " took longer than "
                    + timeout.toSeconds() + " s; the log is " + log);
        }
        return build.exitValue();
    }

    /** The last {@code lines} lines of {@code log}. */
    public static List<String> tail(Path log, int lines) throws IOException {
        List<String> all = read(log).lines().toList();
        return all.subList(Math.max(0, all.size() - lines), all.size());
    }

    private static String read(Path log) throws IOException {
        // Lenient decoding: a student's sources, and so the compiler's messages, need not be UTF-8.
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    }
}

package dev.chatlab.grader.run;

import dev.chatlab.grader.harness.LiveProcesses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Builds a student's submission (a copy of the kit with their work) with Maven, bounded in time, so that
 * its lab jars can be graded. The build log is kept in the report folder.
 */
public final class SubmissionBuilder {

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
        List<String> command = List.of("mvn", "-B", "-q", "-DskipTests", "-pl", lab.module(), "-am", "package");
        Process build;
        try {
            build = new ProcessBuilder(command).directory(submission.root().toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            LiveProcesses.register(build, "build of " + lab.module()); // an interrupted grader kills it
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run Maven (mvn) to build the submission: " + e.getMessage(), e);
        }
        boolean finished = false;
        try {
            finished = build.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
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
        if (build.exitValue() != 0) {
            throw new IllegalStateException("Building " + lab.module() + " failed (mvn exit " + build.exitValue()
                    + "); last lines of " + log + ":\n" + String.join("\n", tail(log, 20)));
        }
        if (!Files.isRegularFile(submission.jar(lab))) {
            throw new IllegalStateException("The build succeeded but made no " + submission.jar(lab));
        }
        return submission;
    }

    private static List<String> tail(Path log, int lines) throws IOException {
        // Lenient decoding: a student's sources, and so the compiler's messages, need not be UTF-8.
        List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        return all.subList(Math.max(0, all.size() - lines), all.size());
    }
}

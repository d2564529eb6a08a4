package dev.chatlab.grader;

import dev.chatlab.grader.run.LabChoice;
import dev.chatlab.grader.run.UsageException;
import dev.chatlab.grader.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The rules of {@code grade}'s options taken together: which go with which, and what each must name. The
 * command checks them before it grades; a broken rule is a {@link UsageException} whose message the command
 * shows as its usage error. Checks only look at the options and the file system; nothing blocks.
 *
 * @param choice        the labs and checks asked for
 * @param submission    --submission, or null
 * @param submissions   --submissions, or null
 * @param watch         true with --watch
 * @param sandbox       the --sandbox mode
 * @param badParallel   true if --parallel is not a positive number
 */
record GradeUsage(LabChoice choice, Path submission, Path submissions, boolean watch, SandboxOptions.Mode sandbox,
                  boolean badParallel) {

    /**
     * Checks every rule that holds before anything runs.
     *
     * @throws UsageException if a folder given does not exist, --check names no check of the labs asked for,
     *                        --watch goes with more than one lab's jar, or --sandbox docker or --parallel is
     *                        out of place
     */
    void check() {
        for (Path folder : Arrays.asList(submission, submissions)) {
            if (folder != null && !Files.isDirectory(folder)) {
                throw new UsageException("No such folder: " + folder);
            }
        }
        if (choice.checkName() != null && choice.checkName().isBlank()) {
            throw new UsageException("--check needs the text of a check's name");
        }
        choice.requireSomeCheckNamed();
        if (watch && (choice.lab().equals("all") || submissions != null || choice.commands())) {
            throw new UsageException("--watch rebuilds and grades one lab's jar: it needs "
                    + "one --lab N, and goes with neither --submissions nor --server-cmd/--client-cmd");
        }
        if (sandbox == SandboxOptions.Mode.docker && submissions == null) {
            throw new UsageException("--sandbox docker grades a folder of submissions "
                    + "(--submissions DIR); put a single submission in a folder of its own");
        }
        if (badParallel) {
            throw new UsageException("--parallel takes a number of gradings, 1 or more");
        }
    }

    /**
     * Checks that --submissions comes alone: each of its submissions is graded whole, on the kit's own jars.
     *
     * @throws UsageException if --submission, --server-cmd or --client-cmd goes with it
     */
    void checkBatch() {
        if (submission != null || choice.commands()) {
            throw new UsageException("--submissions grades folders of submissions; it goes with neither "
                    + "--submission nor --*-cmd");
        }
    }
}

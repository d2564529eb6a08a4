package dev.chatlab.grader.result;

import java.util.List;

/**
 * The grader's exit codes, and how the end of a grading maps to one. {@code grade --help} lists them; scripts
 * and CI jobs read them: 0 every check passed, 1 some check failed, 2 bad usage (picocli's own), 3 grading
 * could not run, 130 interrupted.
 */
public final class ExitCode {

    /** Every check graded passed. */
    public static final int PASSED = 0;
    /** Some check failed, or a batch could not start its gradings (no Docker engine). */
    public static final int FAILED = 1;
    /** Grading could not run, or some lab of a submission could not be graded (build failed, timed out). */
    public static final int CANNOT_GRADE = 3;
    /** Interrupted by Ctrl-C: 128 + SIGINT's number, as the JVM's own exit after it. */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }

    /**
     * The exit code of a grading that ran to its end (an interrupted one ends with {@link #INTERRUPTED}, whatever
     * its result): {@link #PASSED} or {@link #FAILED} as {@code result} says.
     */
    public static int ofGrading(GradeResult result) {
        return result.allPassed() ? PASSED : FAILED;
    }

    /**
     * The exit code of a grading of one submission that ran to its end: as {@link #ofGrading}, except that a lab
     * in {@code notGraded} (not submitted, build failed) makes it {@link #CANNOT_GRADE}.
     */
    public static int ofSubmission(GradeResult result, List<LabOutcome> notGraded) {
        return !notGraded.isEmpty() ? CANNOT_GRADE : ofGrading(result);
    }

    /**
     * The exit code of a batch that ran to its end: {@link #PASSED} if every submission was graded (whatever its
     * score), {@link #CANNOT_GRADE} if some could not be.
     */
    public static int ofBatch(boolean allGraded) {
        return allGraded ? PASSED : CANNOT_GRADE;
    }
}

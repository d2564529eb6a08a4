package dev.chatlab.grader.batch;

import java.time.Duration;
import picocli.CommandLine.Option;

/** The options of {@code grade --submissions}: how many gradings at once, how long each may take, what to redo. */
public final class BatchOptions {

    @Option(names = "--parallel", paramLabel = "K",
            description = "Grade K submissions at once (default: half the processors, at least 1).")
    private Integer parallel;

    @Option(names = "--submission-timeout", paramLabel = "SECONDS", defaultValue = "1800",
            description = "Stop a submission's grading, build included, after this long: timed-out "
                    + "(default: ${DEFAULT-VALUE}).")
    private int submissionTimeoutSeconds;

    @Option(names = "--force",
            description = "Grade every submission again, even those whose content and grader did not change.")
    private boolean force;

    /** How many submissions are graded at once: --parallel, or half the processors, at least 1. */
    public int parallel() {
        int chosen = parallel != null ? parallel : Runtime.getRuntime().availableProcessors() / 2;
        return Math.max(1, chosen);
    }

    /** True if --parallel was given and is not a positive number. */
    public boolean parallelInvalid() {
        return parallel != null && parallel < 1;
    }

    public Duration submissionTimeout() {
        return Duration.ofSeconds(submissionTimeoutSeconds);
    }

    public boolean force() {
        return force;
    }
}

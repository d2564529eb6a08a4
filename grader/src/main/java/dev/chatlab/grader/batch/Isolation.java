package dev.chatlab.grader.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Where one submission's grading runs, apart from the others and from the batch: a child JVM of the grader
 * ({@link ChildJvm}, {@code --sandbox process}), or a container ({@link ContainerGrading}, {@code --sandbox docker}).
 * Either runs {@code grade --submission <kit> --out <reports> ...}, which writes the reports and {@code outcome.json}.
 */
sealed interface Isolation permits ChildJvm, ContainerGrading {

    /** How a grading ended: by itself with its exit status, or stopped at its time limit. */
    record Ended(boolean timedOut, int exitStatus) {
    }

    /**
     * Grades the kit at {@code kit} (a copy of its own), with {@code work} for its temporary files, writing the
     * reports into {@code reports}, with the grade command's {@code arguments}. Blocks until the grading ends or
     * {@code timeout} passes; then kills it, every process it started included.
     */
    Ended grade(Path kit, Path work, Path reports, List<String> arguments, Duration timeout)
            throws IOException, InterruptedException;
}

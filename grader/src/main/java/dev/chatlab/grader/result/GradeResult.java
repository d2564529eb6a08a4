package dev.chatlab.grader.result;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of one grading run, the single model every report is written from.
 *
 * @param seed    the seed of the randomised checks; {@code --seed} replays it
 * @param started when grading began
 * @param elapsed how long it took
 */
public record GradeResult(List<LabResult> labs, long seed, Instant started, Duration elapsed) {

    public GradeResult {
        labs = List.copyOf(labs);
    }

    /** Points earned over every lab graded. */
    public int score() {
        return labs.stream().mapToInt(LabResult::score).sum();
    }

    /** Points available over every lab graded. */
    public int maxScore() {
        return labs.stream().mapToInt(LabResult::maxScore).sum();
    }

    /** True when some lab was graded only in part ({@code grade --check}). */
    public boolean isPartial() {
        return labs.stream().anyMatch(LabResult::isPartial);
    }

    /** True when every check of every lab passed. */
    public boolean allPassed() {
        return labs.stream().allMatch(lab -> lab.failures() == 0);
    }
}

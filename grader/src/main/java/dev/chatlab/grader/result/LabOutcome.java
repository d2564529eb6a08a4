package dev.chatlab.grader.result;

import java.util.List;
import java.util.Objects;

/**
 * What became of one lab of a submission: graded with its score, or why it was not. A batch writes one row
 * of {@code grades.csv} from a submission's outcomes, and the class summary counts the checks they failed.
 *
 * @param lab      the lab's number, 1 to 5
 * @param title    e.g. "lab01 echo"
 * @param status   graded, or why not
 * @param score    points earned; 0 unless graded
 * @param maxScore points available; 0 unless graded
 * @param note     one paragraph on why it was not graded (the end of the build log...); empty when graded
 * @param failed   the checks that did not pass, in the lab's order; empty unless graded
 */
public record LabOutcome(int lab, String title, Status status, int score, int maxScore, String note,
                         List<FailedCheck> failed) {

    /** How a lab of a submission ended; {@link #label()} is its word in the reports. */
    public enum Status {
        GRADED("graded"), BUILD_FAILED("build-failed"), TIMED_OUT("timed-out"), NOT_SUBMITTED("not-submitted"),
        /** The grader itself failed on this submission (its log says why): the lab needs a second look. */
        GRADING_FAILED("grading-failed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The status whose label is {@code label}. */
        public static Status ofLabel(String label) {
            for (Status each : values()) {
                if (each.label.equals(label)) {
                    return each;
                }
            }
            throw new IllegalArgumentException("Unknown lab status: " + label);
        }
    }

    /** A check that did not pass, with what the student should read again. */
    public record FailedCheck(String name, String hint, String see) {

        public FailedCheck {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(hint, "hint");
            Objects.requireNonNull(see, "see");
        }
    }

    public LabOutcome {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        failed = List.copyOf(failed);
    }

    /** The outcome of a lab that was graded. */
    public static LabOutcome graded(LabResult result) {
        return new LabOutcome(result.lab(), result.title(), Status.GRADED, result.score(), result.maxScore(), "",
                result.checks().stream().filter(check -> check.status() != CheckResult.Status.PASSED)
                        .map(check -> new FailedCheck(check.name(), check.hint(), check.see())).toList());
    }

    /** The outcome of a lab that was not graded, and why. */
    public static LabOutcome notGraded(int lab, String title, Status status, String note) {
        if (status == Status.GRADED) {
            throw new IllegalArgumentException("A graded lab has a result: use graded(LabResult)");
        }
        return new LabOutcome(lab, title, status, 0, 0, note, List.of());
    }

    /** True if the lab was graded. */
    public boolean wasGraded() {
        return status == Status.GRADED;
    }
}

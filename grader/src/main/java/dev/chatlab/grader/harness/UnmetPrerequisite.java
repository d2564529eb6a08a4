package dev.chatlab.grader.harness;

import java.util.Objects;

/**
 * A check's failure before it could test its own behaviour: a step it needs first, which another task's code
 * performs, failed. Its message says what could not be tested and why ("could not test SIGTERM: the server did
 * not echo the first line (...)"), and it carries the hint and handout section of that other behaviour, which the
 * reports show instead of the check's own: the check's hint would send the student to the wrong task.
 */
public final class UnmetPrerequisite extends AssertionError {

    private final String hint;
    private final String see;

    /**
     * @param message what could not be tested and why, with the step's own failure
     * @param hint    what to look at: the hint of the behaviour that failed
     * @param see     the handout section of that behaviour, relative to {@code docs/}: {@code lab01.md#half-close}
     * @param cause   the step's failure
     */
    public UnmetPrerequisite(String message, String hint, String see, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.hint = Objects.requireNonNull(hint, "hint");
        this.see = Objects.requireNonNull(see, "see");
    }

    /** What to look at: the hint of the behaviour that failed. */
    public String hint() {
        return hint;
    }

    /** The handout section of the behaviour that failed, relative to {@code docs/}. */
    public String see() {
        return see;
    }
}

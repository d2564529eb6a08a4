package dev.chatlab.grader.result;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of one check.
 *
 * @param name      the behaviour sentence, e.g. "echoes one line"
 * @param suite     the suite's name, e.g. "EchoServerChecks"
 * @param maxPoints what the check is worth
 * @param status    passed, failed, or skipped (a skipped check earns nothing)
 * @param failure   one paragraph, "expected X, but got Y", empty when passed
 * @param evidence  the transcript and stderr tails that led to the failure, {@link Evidence#NONE} when passed
 * @param hint      what to look at, and the handout section, e.g. "docs/lab01.md#half-close"
 * @param hidden    a check students do not see ({@code @Check(hidden = true)}): published with the grades only
 */
public record CheckResult(String name, String suite, int maxPoints, Status status, String failure,
                          Evidence evidence, String hint, String see, Duration duration, boolean hidden) {

    /** How a check ended. */
    public enum Status { PASSED, FAILED, SKIPPED }

    public CheckResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(status, "status");
        failure = Objects.requireNonNullElse(failure, "");
        evidence = Objects.requireNonNullElse(evidence, Evidence.NONE);
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(see, "see");
        Objects.requireNonNull(duration, "duration");
    }

    /** The outcome of a check students see. */
    public CheckResult(String name, String suite, int maxPoints, Status status, String failure, Evidence evidence,
                       String hint, String see, Duration duration) {
        this(name, suite, maxPoints, status, failure, evidence, hint, see, duration, false);
    }

    /** Points earned: all of them when passed, none otherwise. */
    public int points() {
        return status == Status.PASSED ? maxPoints : 0;
    }

    /**
     * Everything a student needs to act on a failure, as plain text: first the unfinished task the programs hit,
     * if any, then what was expected and what came, the whole evidence, the hint with its handout link. Empty
     * when the check passed.
     */
    public String explanation() {
        return explain(evidence.render());
    }

    /** The {@link #explanation()} with only the last {@code lastEvents} events of the transcript: for a terminal. */
    public String explanation(int lastEvents) {
        return explain(evidence.render(lastEvents));
    }

    /**
     * The failure's first line: which unfinished task the programs hit, if they hit one, else the first line of
     * "expected X, but got Y". Empty when the check passed.
     */
    public String headline() {
        return status == Status.PASSED ? "" : evidence.unfinished().orElse(failure.lines().findFirst().orElse(""));
    }

    private String explain(String evidenceText) {
        if (status == Status.PASSED) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        evidence.unfinished().ifPresent(line -> text.append(line).append("\n"));
        text.append(failure);
        if (!evidenceText.isEmpty()) {
            text.append("\n").append(evidenceText);
        }
        return text.append("\nhint: ").append(hint).append(" (see docs/").append(see).append(")").toString();
    }
}

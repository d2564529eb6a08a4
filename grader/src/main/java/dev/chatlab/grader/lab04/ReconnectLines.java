package dev.chatlab.grader.lab04;

import dev.chatlab.grader.harness.ClientProcess;
import dev.chatlab.grader.harness.Transcript;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stdout lines a lab04 console client prints of its own (the contract's "lab04 reconnect additions"), and the
 * backoff bound each reconnect attempt's delay must stay under: {@code min(8 s, 0.25 s * 2^(attempt - 1))} for
 * the attempt shown as {@code attempt} (the contract counts from 0, the line from 1).
 */
final class ReconnectLines {

    /** The line before each reconnect attempt: its delay with one decimal, and the attempt counted from 1. */
    static final Pattern LOST = Pattern.compile("\\* connection lost; reconnecting in (\\d+\\.\\d) s \\(attempt (\\d+)\\)");
    /** After a resume whose session had expired. */
    static final String EXPIRED = "* reconnected (session expired; joined again)";
    /** After a resumed whose gap is true. */
    static final String GAP = "* some messages were missed";
    /** How far a delay printed with one decimal may lie above the exact delay: half its last digit. */
    static final double ROUNDING = 0.05;

    private static final double BASE_SECONDS = 0.25;
    private static final double CAP_SECONDS = 8;

    private ReconnectLines() {
    }

    /** A reconnect line: the delay it announced, in seconds, and the attempt counted from 1. */
    record Lost(double seconds, int attempt) {

        /** The full-jitter bound of this attempt's delay, in seconds. */
        double bound() {
            return ReconnectLines.bound(attempt);
        }
    }

    /**
     * Whether {@code line} is one of the lines a client prints about its connection: its welcome, a lost
     * connection, a reconnection, or a gap.
     */
    static boolean isConnectionLine(String line) {
        return line.startsWith("* connected as ") || LOST.matcher(line).matches() || line.startsWith("* reconnected (")
                || line.equals(GAP);
    }

    /** {@code * reconnected (resumed; 3 missed messages)}, or {@code 1 missed message} in the singular. */
    static String resumed(int missed) {
        return "* reconnected (resumed; " + missed + (missed == 1 ? " missed message)" : " missed messages)");
    }

    /** {@code min(8 s, 0.25 s * 2^(attempt - 1))}: the bound of the attempt shown as {@code attempt}. */
    static double bound(int attempt) {
        return Math.min(CAP_SECONDS, BASE_SECONDS * Math.pow(2, Math.min(attempt - 1, 10)));
    }

    /**
     * Reads the client's next line, which must announce reconnect attempt {@code attempt} with a delay within
     * the attempt's bound (to the rounding of one decimal), waiting at most {@code timeout}.
     */
    static Lost expectLost(ClientProcess client, int attempt, Duration timeout) {
        String what = "`* connection lost; reconnecting in D s (attempt " + attempt + ")`";
        String line = client.nextLine(timeout, what);
        Matcher matcher = LOST.matcher(line);
        if (!matcher.matches()) {
            throw new AssertionError("expected the client to print " + what + ", but got " + Transcript.quote(line));
        }
        Lost lost = new Lost(Double.parseDouble(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        if (lost.attempt() != attempt) {
            throw new AssertionError("expected the client to print " + what + " (attempts count from 1 and start"
                    + " again after each reconnection), but got " + Transcript.quote(line));
        }
        if (lost.seconds() > lost.bound() + ROUNDING + 1e-9) {
            throw new AssertionError(String.format("expected the delay of attempt %d to be below min(8 s, 0.25 s *"
                    + " 2^%d) = %s s, but got %s", attempt, attempt - 1, lost.bound(), Transcript.quote(line)));
        }
        return lost;
    }
}

package dev.chatlab.grader.report;

import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.result.GradeResult;
import dev.chatlab.grader.result.LabResult;
import picocli.CommandLine.Help.Ansi;

/**
 * The scorecard a person reads in the terminal: one line per check with its points, and under each failed
 * check what was expected, what came, the end of the evidence and the hint. Coloured only when {@code color} is set.
 */
public final class ConsoleScorecard {

    /** The width of a line, in columns. */
    static final int WIDTH = 78;
    /** How many transcript events a failure shows on the terminal; the other reports keep them all. */
    static final int TRANSCRIPT_EVENTS_SHOWN = 25;

    private final Ansi ansi;

    /** A scorecard with ANSI colours if {@code color}, plain text otherwise. */
    public ConsoleScorecard(boolean color) {
        this.ansi = color ? Ansi.ON : Ansi.OFF;
    }

    /** True when stdout is a terminal that takes control codes: see {@link Terminal#controlCodesWanted()}. */
    public static boolean colorWanted() {
        return Terminal.controlCodesWanted();
    }

    /** Renders {@code result}. */
    public String render(GradeResult result) {
        StringBuilder out = new StringBuilder();
        for (LabResult lab : result.labs()) {
            out.append(row(ansi.string("@|bold " + lab.title() + "|@"), lab.title().length(),
                    lab.score() + "/" + lab.maxScore())).append('\n');
            out.append("  graded: ").append(lab.target()).append('\n');
            if (lab.isPartial()) {
                out.append("  partial run: ").append(lab.partial()).append('\n');
            }
            for (CheckResult check : lab.checks()) {
                out.append(checkRow(ansi, check, check.points() + "/" + check.maxPoints())).append('\n');
                if (check.status() != CheckResult.Status.PASSED) {
                    check.explanation(TRANSCRIPT_EVENTS_SHOWN).lines().forEach(line -> out.append("         ").append(line).append('\n'));
                }
            }
            out.append('\n');
        }
        String total = "total " + result.score() + "/" + result.maxScore()
                + (result.isPartial() ? " (partial run)" : "");
        out.append(ansi.string(result.allPassed() ? "@|green,bold " + total + "|@" : "@|red,bold " + total + "|@"))
                .append("   (seed ").append(result.seed()).append(", ")
                .append(String.format("%.1f s", result.elapsed().toMillis() / 1000.0)).append(")\n");
        return out.toString();
    }

    /** A check's line: "  PASS echoes one line", then {@code right} aligned to the right edge. */
    static String checkRow(Ansi ansi, CheckResult check, String right) {
        String mark = switch (check.status()) {
            case PASSED -> "@|green PASS|@";
            case FAILED -> "@|red,bold FAIL|@";
            case SKIPPED -> "@|yellow SKIP|@";
        };
        int visibleLength = "  PASS ".length() + check.name().length();
        return row("  " + ansi.string(mark) + " " + check.name(), visibleLength, right);
    }

    /** {@code left} and {@code right} on one line, {@code right} aligned to the right edge. */
    private static String row(String left, int visibleLength, String right) {
        int gap = Math.max(2, WIDTH - visibleLength - right.length());
        return left + " ".repeat(gap) + right;
    }
}

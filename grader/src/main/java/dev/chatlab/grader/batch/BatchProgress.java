package dev.chatlab.grader.batch;

import dev.chatlab.grader.report.LiveConsole;
import dev.chatlab.grader.report.OutcomeFile.Outcome;
import dev.chatlab.grader.result.LabOutcome;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How far a batch got, on the {@link LiveConsole}: one line per submission as it ends ({@code [3/6] ana: lab01
 * 100/100 graded (41.2 s)}), and on a terminal a status line under them, redrawn in place: a bar, the submissions
 * done, running and not fully graded, and the time left, estimated from the gradings done so far. Piped: the lines
 * only. Thread-safe: the gradings running side by side report to it.
 */
final class BatchProgress {

    private static final String STATUS = "grading submissions";
    private static final int BAR = 20;

    private final LiveConsole console;
    private final int total;
    private final int parallel;
    private int done;
    private int running;
    private int notGraded;
    private int timed;          // gradings that ran (not skipped), for the estimate
    private long timedNanos;

    BatchProgress(LiveConsole console, int total, int parallel) {
        this.console = Objects.requireNonNull(console, "console");
        this.total = total;
        this.parallel = parallel;
        console.working(STATUS);
        redraw();
    }

    synchronized void started() {
        running++;
        redraw();
    }

    /** {@code name} ended with {@code outcome}, after {@code took}; {@code skipped} if it was graded before. */
    synchronized void finished(String name, Outcome outcome, Duration took, boolean skipped) {
        if (!skipped) {
            running--;
            timed++;
            timedNanos += took.toNanos();
        }
        done++;
        if (!outcome.labs().stream().allMatch(LabOutcome::wasGraded)) {
            notGraded++;
        }
        String labs = outcome.labs().stream().map(lab -> lab.wasGraded()
                        ? String.format(Locale.ROOT, "lab%02d %d/%d", lab.lab(), lab.score(), lab.maxScore())
                        : String.format(Locale.ROOT, "lab%02d %s", lab.lab(), lab.status().label()))
                .collect(Collectors.joining(", "));
        console.line(String.format(Locale.ROOT, "[%d/%d] %s: %s %s", done, total, name, labs,
                skipped ? "(unchanged since it was graded: skipped)" : String.format(Locale.ROOT, "(%.1f s)",
                        took.toMillis() / 1000.0)));
        redraw();
    }

    /** The bar is done with: the status line goes. */
    void close() {
        console.idle();
    }

    private void redraw() {
        int filled = total == 0 ? BAR : done * BAR / total;
        StringBuilder text = new StringBuilder("[").append("#".repeat(filled)).append(".".repeat(BAR - filled))
                .append("] ").append(done).append('/').append(total).append(" done, ").append(running)
                .append(" running, ").append(notGraded).append(" not fully graded");
        if (timed > 0 && done < total) {
            long left = (long) Math.ceil((double) (total - done) / parallel) * (timedNanos / timed);
            text.append(", about ").append(minutes(Duration.ofNanos(left))).append(" left");
        }
        console.progress(STATUS, text.toString());
    }

    private static String minutes(Duration left) {
        long seconds = left.toSeconds();
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}

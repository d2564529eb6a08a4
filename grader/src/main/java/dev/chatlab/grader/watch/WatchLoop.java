package dev.chatlab.grader.watch;

import dev.chatlab.grader.result.ExitCode;
import dev.chatlab.grader.result.GradeResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code grade --watch}: grades a lab, then, each time its sources change, rebuilds its jar and grades it again,
 * the checks that failed last time first, and sums up what changed ({@link RoundSummary}) on stdout. A build
 * that fails shows the end of its log on stderr, and the watch waits for the next change. It ends only when the
 * grader is interrupted: Ctrl-C stops the JVM, whose exit status is then 130 whatever the last round's result.
 */
public final class WatchLoop {

    /** How long the sources must stay unchanged before a round starts: an editor may save several files. */
    private static final Duration QUIET = Duration.ofMillis(300);
    /** The exit status of a watch, which ends only by an interrupt: 128 + SIGINT's number, as after Ctrl-C. */
    public static final int INTERRUPTED = ExitCode.INTERRUPTED;
    /** How many changed files the "changed:" line names. */
    private static final int NAMES_SHOWN = 3;

    /**
     * One round of grading: builds the lab's jar first if {@code build}, grades it running the checks named in
     * {@code first} before the others, prints the scorecard and writes the reports.
     */
    @FunctionalInterface
    public interface Round {

        /**
         * @throws IllegalStateException if the lab cannot be graded now: the build failed (the message ends
         *                               with the end of the build's log), or the jar is missing
         */
        GradeResult run(boolean build, Set<String> first) throws Exception;
    }

    private final Path module;
    private final Path jar;
    private final PrintWriter out;
    private final PrintWriter err;

    /** A watch of {@code module}'s sources, whose build makes {@code jar}; results on {@code out}, news on {@code err}. */
    public WatchLoop(Path module, Path jar, PrintWriter out, PrintWriter err) {
        this.module = Objects.requireNonNull(module, "module");
        this.jar = Objects.requireNonNull(jar, "jar");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /**
     * Runs rounds until the JVM stops (Ctrl-C) or the thread is interrupted while it waits for a change, and
     * then returns {@link #INTERRUPTED}: the first round at once (building only if the jar is older than the
     * sources), then one per change.
     */
    public int run(Round round) throws Exception {
        try (SourceWatcher watcher = SourceWatcher.open(module)) { // open first: edits during round 1 count
            GradeResult last = attempt(round, SourceWatcher.isStale(module, jar), null);
            while (true) {
                err.println("watching " + module.getFileName() + " (src/main, pom.xml); a change rebuilds it and "
                        + "grades again. Ctrl-C ends.");
                err.flush();
                List<Path> changed;
                try {
                    changed = watcher.awaitChange(QUIET);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return INTERRUPTED;
                }
                err.println("changed: " + names(changed) + "; rebuilding " + module.getFileName() + " ...");
                err.flush();
                GradeResult now = attempt(round, true, last);
                last = now != null ? now : last;
            }
        }
    }

    /** One round, the checks that failed in {@code last} first; null if the lab could not be graded. */
    private GradeResult attempt(Round round, boolean build, GradeResult last) throws Exception {
        try {
            GradeResult now = round.run(build, last == null ? Set.of() : RoundSummary.failing(last));
            out.println(RoundSummary.describe(last, now));
            out.flush();
            return now;
        } catch (IllegalStateException cannotGrade) {
            err.println("error: " + cannotGrade.getMessage());
            err.flush();
            return null;
        }
    }

    private static String names(List<Path> changed) {
        List<String> shown = changed.stream().limit(NAMES_SHOWN).map(Path::toString).toList();
        int more = changed.size() - shown.size();
        return String.join(", ", shown) + (more > 0 ? " and " + more + " more" : "");
    }
}

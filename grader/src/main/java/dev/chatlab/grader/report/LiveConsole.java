package dev.chatlab.grader.report;

import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.run.CheckListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Help.Ansi;

/**
 * The live output of {@code grade} on stdout, while the checks run: each check's line (PASS or FAIL, points,
 * elapsed time) the moment it ends. On a terminal ({@code redraw}) the check or build that is running also
 * shows as one status line, redrawn in place four times a second with its elapsed time and the check's latest
 * {@link dev.chatlab.grader.harness.Harness#progress} report, and erased before the next line is printed.
 * Without {@code redraw}: plain lines, no control codes. Thread-safe.
 */
public final class LiveConsole implements CheckListener, AutoCloseable {

    private static final long REDRAW_MILLIS = 250;
    private static final String ERASE_LINE = "\r\u001b[K"; // back to column 0, erase to the end of the line
    private static final String FAINT = "\u001b[2m";
    private static final String PLAIN = "\u001b[0m";
    private static final String SPINNER = "|/-\\";

    private final PrintWriter out;
    private final boolean redraw;
    private final Ansi ansi;
    private final ScheduledExecutorService ticker;
    private String lab = "";
    private String running;       // the status line's subject, null when nothing runs
    private String where;         // the same, for an interrupt's message: "during lab01 echo, check ..."
    private long runningSince;
    private String progress = "";
    private boolean statusShown;
    private boolean muted;
    private int ticks;

    /** Live lines on {@code out}: redrawn (and coloured) on a terminal, plain otherwise. */
    public LiveConsole(PrintWriter out, boolean redraw) {
        this(out, redraw, redraw);
    }

    /** As above; the status line is redrawn by {@link #tick()} alone unless {@code tick} starts a timer for it. */
    LiveConsole(PrintWriter out, boolean redraw, boolean tick) {
        this.out = Objects.requireNonNull(out, "out");
        this.redraw = redraw;
        this.ansi = redraw ? Ansi.ON : Ansi.OFF;
        if (tick) {
            ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("live-line").factory());
            ticker.scheduleAtFixedRate(this::tick, REDRAW_MILLIS, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** The checks that follow are {@code title}'s ("lab01 echo"). */
    public synchronized void lab(String title) {
        this.lab = Objects.requireNonNull(title, "title");
    }

    @Override
    public synchronized void started(String check) {
        begin(check, "during " + lab + ", check \"" + check + "\"");
    }

    /** Something other than a check runs now, "building lab01-echo": shown like a check, with no line at its end. */
    public synchronized void working(String what) {
        begin(what, "while " + what);
    }

    /** What {@link #working} began has ended. */
    public synchronized void idle() {
        eraseStatus();
        running = null;
    }

    /** Prints {@code text} as a line of its own, above the status line (which the next tick draws again). */
    public synchronized void line(String text) {
        if (muted) {
            return;
        }
        eraseStatus();
        out.println(text);
        out.flush();
    }

    @Override
    public synchronized void progress(String check, String text) {
        if (check.equals(running)) { // not a late report of the check before
            progress = text.replaceAll("\\p{Cntrl}", " "); // one line, whatever the check sent; the ticker draws it
        }
    }

    @Override
    public synchronized void finished(CheckResult result) {
        running = null;
        if (muted) {
            return;
        }
        eraseStatus();
        String right = String.format(Locale.ROOT, "%5s %6.1f s", result.points() + "/" + result.maxPoints(),
                result.duration().toMillis() / 1000.0);
        out.println(ConsoleScorecard.checkRow(ansi, result, right));
        out.flush();
    }

    /** Redraws the status line of what is running: done four times a second on a terminal. */
    synchronized void tick() {
        if (!redraw || muted || running == null) {
            return;
        }
        double seconds = (System.nanoTime() - runningSince) / 1e9;
        String text = "  " + SPINNER.charAt(ticks++ % SPINNER.length()) + "    " + running
                + String.format(Locale.ROOT, "  %.1f s", seconds) + (progress.isEmpty() ? "" : ": " + progress);
        if (text.length() > ConsoleScorecard.WIDTH) {
            text = text.substring(0, ConsoleScorecard.WIDTH - 3) + "...";
        }
        out.print(ERASE_LINE + FAINT + text + PLAIN);
        out.flush();
        statusShown = true;
    }

    /**
     * Stops all output (the grading is being interrupted) and says what was running: {@code during lab01 echo,
     * check "echoes one line" (3.2 s in)}, {@code while building lab01-echo (8.0 s in)}, or empty between checks.
     */
    public synchronized Optional<String> interrupt() {
        eraseStatus();
        muted = true;
        return Optional.ofNullable(running).map(what -> where + String.format(Locale.ROOT, " (%.1f s in)",
                (System.nanoTime() - runningSince) / 1e9));
    }

    /** Stops redrawing and erases the status line, so that the scorecard starts on a clean line. */
    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        eraseStatus();
        running = null;
    }

    private void begin(String subject, String description) {
        running = subject;
        where = description;
        runningSince = System.nanoTime();
        progress = "";
        tick();
    }

    private void eraseStatus() {
        if (statusShown) {
            out.print(ERASE_LINE);
            out.flush();
            statusShown = false;
        }
    }
}

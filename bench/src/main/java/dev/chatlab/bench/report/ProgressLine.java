package dev.chatlab.bench.report;

import dev.chatlab.bench.load.LoadRun;
import dev.chatlab.bench.load.RunProgress;
import java.io.PrintStream;
import java.util.Objects;

/**
 * The live progress of a run on stderr: on a terminal one line redrawn in place with {@code \r}; otherwise
 * (or with NO_COLOR set) one plain line per report, about one a second.
 */
public final class ProgressLine implements LoadRun.ProgressListener {

    private final PrintStream err;
    private final boolean redraw;
    private int lastLength;

    /** Progress on {@code err}; {@code redraw} for a terminal, false for a log or a pipe. */
    public ProgressLine(PrintStream err, boolean redraw) {
        this.err = Objects.requireNonNull(err, "err");
        this.redraw = redraw;
    }

    /**
     * Whether stderr is a terminal worth redrawing on: the launcher says so with {@code -Dchatlab.tty}; else
     * the JVM's console decides. NO_COLOR turns redrawing off.
     */
    public static boolean terminal() {
        if (System.getenv("NO_COLOR") != null) {
            return false;
        }
        String told = System.getProperty("chatlab.tty");
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    @Override
    public void progress(RunProgress p) {
        String line = String.format("%s r%d %-7s %3d/%d s  clients %d/%d  sent %d  deliveries %,d/s",
                p.server(), p.round(), p.phase(), p.seconds(), p.phaseSeconds(), p.joined(), p.clients(), p.sent(),
                p.deliveriesPerSecond());
        if (redraw) {
            err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
            err.flush();
        } else {
            err.println(line);
        }
    }

    /** Ends a redrawn line, so that what follows starts on a line of its own. */
    public void finish() {
        if (redraw && lastLength > 0) {
            err.println();
            lastLength = 0;
        }
    }
}

package dev.chatlab.grader.guidriver;

import java.io.PrintStream;
import java.util.Objects;

/**
 * The driver's side of the protocol on stdout: one line per reply ({@code ok ...}, {@code fail ...}) or event
 * ({@code event KIND ...}), written whole even when the EDT and the command loop write at the same time. Line
 * ends inside a text are sent as {@code \n}, so every message stays one line. Thread-safe.
 */
final class DriverOutput {

    private final PrintStream out;

    /** Writes to {@code out}: the process's real stdout, which nothing else writes to. */
    DriverOutput(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    void ok(String text) {
        line("ok " + text);
    }

    void fail(String text) {
        line("fail " + text);
    }

    void event(String kind, String text) {
        line("event " + kind + " " + text);
    }

    synchronized void line(String line) {
        out.println(oneLine(line));
        out.flush();
    }

    /** {@code text} on one line: CR and LF written as {@code \r} and {@code \n}, a backslash doubled. */
    static String oneLine(String text) {
        return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }
}

package dev.chatlab.lab01.echo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Turns the bytes an echo client receives into printed lines: TCP delivers a byte stream, not lines, so one
 * read may hold half a line, several lines, or a single byte, and a UTF-8 character may be split across
 * two reads. Bytes are kept until their {@code '\n'} arrives; only then is the line decoded and printed.
 *
 * <p>Not thread-safe: one thread feeds it, in the order the bytes arrived.
 */
final class LinePrinter {

    private final PrintStream out;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(); // bytes of the unfinished line

    LinePrinter(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Takes {@code length} bytes just received and prints, at once, every line they complete (without its
     * {@code '\n'}). Bytes after the last {@code '\n'} wait for the rest of their line.
     */
    void write(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        // BEGIN SOLUTION: print each echoed line as soon as it is complete
        int lineStart = offset;
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == '\n') {
                pending.write(bytes, lineStart, i - lineStart);
                printPending();
                lineStart = i + 1;
            }
        }
        pending.write(bytes, lineStart, offset + length - lineStart);
        // END SOLUTION
    }

    /** Prints the last line if the stream ended without its {@code '\n'}; prints nothing otherwise. */
    void finish() {
        if (pending.size() > 0) {
            printPending();
        }
    }

    /** Decodes the whole pending line (never part of a character) and prints it. */
    private void printPending() {
        out.println(pending.toString(StandardCharsets.UTF_8));
        out.flush();
        pending.reset();
    }
}

package dev.chatlab.talk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Prints what the server sends. In line mode, bytes wait until their {@code \n} arrives and the complete
 * line is printed at once (optionally after {@code [ 0.012] }, the seconds since this printer was made); the
 * bytes of a line are printed as received, never decoded, so a UTF-8 character split across two reads is
 * whole again on stdout. In raw mode every byte is printed as it arrives.
 *
 * <p>Memory is bounded: a line longer than {@link #MAX_LINE_BYTES} is not kept whole. Its first
 * {@value #MAX_LINE_BYTES} bytes are printed, with a note on stderr, and the rest of it as it arrives.
 * Not thread-safe: one thread feeds it.
 */
final class ReceivedPrinter {

    /** The longest line held in memory before it is printed in pieces: 1 MiB. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private static final byte[] LINE_SEPARATOR = System.lineSeparator().getBytes(StandardCharsets.UTF_8);
    private static final int BUFFER_SIZE = 8192;

    private final OutputStream out;
    private final PrintStream notes;
    private final boolean raw;
    private final boolean timestamps;
    private final long start = System.nanoTime();
    private boolean receivedAny;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(); // the unfinished line
    private boolean inPieces; // the current line outgrew MAX_LINE_BYTES: its bytes go straight out

    ReceivedPrinter(OutputStream out, PrintStream notes, boolean raw, boolean timestamps) {
        this.out = Objects.requireNonNull(out, "out");
        this.notes = Objects.requireNonNull(notes, "notes");
        this.raw = raw;
        this.timestamps = timestamps;
    }

    /** True until {@link #copy} has read a first byte. */
    boolean receivedNothing() {
        return !receivedAny;
    }

    /** Prints everything {@code in} delivers, until its end. Blocks on each read. */
    void copy(InputStream in) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        int count;
        while ((count = in.read(buffer)) != -1) {  // 1..8192 bytes: part of a line, or many lines
            receivedAny = true;
            write(buffer, 0, count);
        }
        finish();
    }

    /** Takes {@code length} bytes just received; prints every line they complete (everything, when raw). */
    void write(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (raw) {
            out.write(bytes, offset, length);
        } else {
            int lineStart = offset;
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    append(bytes, lineStart, i - lineStart);
                    endLine();
                    lineStart = i + 1;
                }
            }
            append(bytes, lineStart, offset + length - lineStart);
        }
        out.flush();
    }

    /** Prints the last line if the stream ended without its {@code \n}. */
    void finish() throws IOException {
        if (!raw && (inPieces || pending.size() > 0)) {
            endLine();
        }
        out.flush();
    }

    private void append(byte[] bytes, int offset, int length) throws IOException {
        if (!inPieces && pending.size() + length > MAX_LINE_BYTES) {
            notes.println("* a received line is longer than " + MAX_LINE_BYTES
                    + " bytes: printing it in pieces as it arrives");
            printPending();
            inPieces = true;
        }
        if (inPieces) {
            out.write(bytes, offset, length);
        } else {
            pending.write(bytes, offset, length);
        }
    }

    private void endLine() throws IOException {
        if (!inPieces) {
            printPending();
        }
        out.write(LINE_SEPARATOR);
        inPieces = false;
    }

    private void printPending() throws IOException {
        if (timestamps) {
            double seconds = (System.nanoTime() - start) / 1e9;
            out.write(String.format(Locale.ROOT, "[%6.3f] ", seconds).getBytes(StandardCharsets.US_ASCII));
        }
        pending.writeTo(out);
        pending.reset();
    }
}

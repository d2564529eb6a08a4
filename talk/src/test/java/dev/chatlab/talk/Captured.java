package dev.chatlab.talk;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A stand-in for stdout or stderr that a test can read, and wait on, while the client still runs. */
final class Captured extends OutputStream {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream printStream = new PrintStream(this, true, StandardCharsets.UTF_8);

    @Override
    public synchronized void write(int b) {
        bytes.write(b);
        notifyAll();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        bytes.write(b, off, len);
        notifyAll();
    }

    PrintStream printStream() {
        return printStream;
    }

    synchronized byte[] bytes() {
        return bytes.toByteArray();
    }

    synchronized String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Waits up to 5 s until {@code expected} has been written; fails otherwise. */
    synchronized void awaitText(String expected) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!text().contains(expected)) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new AssertionError("not written within 5 s: " + expected + "; written: " + text());
            }
            wait(left);
        }
    }
}

package dev.chatlab.lab04.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A log that tests can wait on: every line printed goes into a queue (and to stderr, for the test's report). */
public final class LogLines extends PrintStream {

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    public LogLines() {
        super(OutputStream.nullOutputStream(), true);
    }

    @Override
    public void println(String line) {
        lines.add(line);
        System.err.println(line);
    }

    /** Waits at most {@code timeout} for a line containing {@code text}, skipping the others. */
    public String await(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                return fail("no log line with \"" + text + "\" within " + timeout);
            }
            if (line.contains(text)) {
                return line;
            }
        }
    }
}

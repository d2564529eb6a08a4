package dev.chatlab.lab01.echo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A stand-in for stdout that hands each printed line to the test the moment it is complete. */
final class PrintedLines {

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final PrintStream stream = new PrintStream(new OutputStream() {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.add(line.toString(UTF_8).replace("\r", ""));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }, true, UTF_8);

    /** The stream to print to. */
    PrintStream stream() {
        return stream;
    }

    /** The next printed line, waiting up to 5 s for it; fails if none comes. */
    String next() throws InterruptedException {
        String next = lines.poll(5, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("no line was printed within 5 s");
        }
        return next;
    }

    /** Every line printed so far and not yet taken. */
    List<String> all() {
        List<String> all = new ArrayList<>();
        lines.drainTo(all);
        return all;
    }
}

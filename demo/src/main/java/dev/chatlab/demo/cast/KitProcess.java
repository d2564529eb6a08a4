package dev.chatlab.demo.cast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * One of the kit's own commands (lab04's server, its console client, ...) run as a process: a JVM started
 * from this JVM's class path with {@code CHATLAB_HOME} in the demo's folder, its stdin written line by line,
 * its stdout and stderr read on threads of their own, every line kept and handed to a listener (the terminal
 * window that shows it). {@link #close()} stops the process (SIGTERM, then a kill after 5 s).
 */
public final class KitProcess implements AutoCloseable {

    /** Which stream a line came from. */
    public enum Stream { OUT, ERR }

    private final String name;
    private final Process process;
    private final Writer stdin;
    private final List<String> out = new ArrayList<>(); // guarded by this
    private final List<String> err = new ArrayList<>(); // guarded by this

    private KitProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    /**
     * Starts {@code mainClass} with {@code args}; every output line goes to {@code lines} (from reader threads).
     *
     * @throws StepFailedException if the JVM cannot be started
     */
    public static KitProcess start(String name, String mainClass, List<String> args, Path home,
                                   BiConsumer<Stream, String> lines) throws StepFailedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CHATLAB_HOME", home.toString());
        try {
            KitProcess kit = new KitProcess(name, builder.start());
            kit.pump(kit.process.getInputStream(), Stream.OUT, lines);
            kit.pump(kit.process.getErrorStream(), Stream.ERR, lines);
            return kit;
        } catch (IOException e) {
            throw new StepFailedException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    private void pump(InputStream input, Stream stream, BiConsumer<Stream, String> lines) {
        Thread.ofPlatform().daemon().name(name + " " + stream).start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    synchronized (this) {
                        (stream == Stream.OUT ? out : err).add(line);
                        notifyAll();
                    }
                    lines.accept(stream, line);
                }
            } catch (IOException e) {
                // the process ended or was stopped: nothing more to read
            }
        });
    }

    /**
     * Waits until a line of {@code stream} matches {@code test} (lines already read count), at most {@code timeout}.
     *
     * @throws StepFailedException naming {@code what} and the process's last error line if none comes in time
     */
    public synchronized String awaitLine(Stream stream, Predicate<String> test, Duration timeout, String what)
            throws StepFailedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> lines = stream == Stream.OUT ? out : err;
        for (int seen = 0; ; ) {
            for (; seen < lines.size(); seen++) {
                if (test.test(lines.get(seen))) {
                    return lines.get(seen);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                String last = err.isEmpty() ? "" : " (its last error line: " + err.getLast() + ")";
                throw new StepFailedException(name + " did not print " + what + " within " + Await.seconds(timeout) + last);
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StepFailedException("interrupted while waiting for " + name, e);
            }
        }
    }

    /**
     * Waits for a kit server's {@code LISTENING <port>} line on stdout, at most {@code timeout}; returns the port.
     *
     * @throws StepFailedException if none comes in time
     */
    public int awaitListening(Duration timeout) throws StepFailedException {
        String line = awaitLine(Stream.OUT, l -> l.startsWith("LISTENING "), timeout, "its LISTENING line");
        return Integer.parseInt(line.substring("LISTENING ".length()).strip());
    }

    /** The lines of {@code stream} so far. */
    public synchronized List<String> lines(Stream stream) {
        return List.copyOf(stream == Stream.OUT ? out : err);
    }

    /** Writes {@code line} and a newline to the process's stdin. */
    public void type(String line) throws StepFailedException {
        try {
            stdin.write(line + "\n");
            stdin.flush();
        } catch (IOException e) {
            throw new StepFailedException(name + " no longer reads its input: " + e.getMessage(), e);
        }
    }

    /** Waits for the process to end, at most {@code timeout}; its exit status, or empty if it still runs. */
    public Optional<Integer> awaitExit(Duration timeout) throws StepFailedException {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailedException("interrupted while waiting for " + name + " to end", e);
        }
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

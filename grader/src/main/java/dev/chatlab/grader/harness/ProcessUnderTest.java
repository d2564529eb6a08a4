package dev.chatlab.grader.harness;

import dev.chatlab.grader.sandbox.ProcessSandbox;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A process started by the grader: a lab's server or client, or any program that honours the process
 * contract. It runs with {@code CHATLAB_HOME} set to a folder of the check's own, so that it never reads or
 * writes the real {@code ~/.chatlab}, in this JVM's {@link ProcessSandbox} (under {@code --sandbox process}: a
 * working folder of its own, a scrubbed environment, limits). Keeps the beginning and the end of its stderr (where
 * an exception's first line and the last words are) and, when closed, kills it with all its descendants and
 * deletes its folder. Until then it is one of the {@link LiveProcesses}, which an interrupted grader kills.
 */
public abstract class ProcessUnderTest implements AutoCloseable {

    /** Stderr lines kept from the beginning: the first exception a program hits is usually the cause. */
    private static final int STDERR_HEAD_LINES = 100;
    /** Stderr lines kept from the end. */
    private static final int STDERR_TAIL_LINES = 200;
    /** Longest stderr line kept; the rest of a longer line is dropped, so that memory stays bounded. */
    private static final int STDERR_LINE_CHARS = 2000;
    /** How long the rest of a process's stderr may take to arrive once it has exited. */
    private static final Duration STDERR_DRAIN = Duration.ofSeconds(2);
    /** A running process whose stderr has been quiet this long has said what it had to say: it may be killed. */
    private static final Duration STDERR_QUIET = Duration.ofMillis(100);
    /** The longest wait for a running process's stderr to go quiet before it is killed anyway. */
    private static final Duration STDERR_QUIET_LIMIT = Duration.ofSeconds(1);

    /** The environment variable that tells a lab where its files live (lab03's generated certificates). */
    public static final String CHATLAB_HOME = "CHATLAB_HOME";

    protected final String name;
    protected final Transcript transcript;
    protected final Process process;
    private final List<String> stderrHead = new ArrayList<>(); // guarded by stderrTail
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private long stderrLines; // guarded by stderrTail
    private long lastStderrNanos = System.nanoTime(); // guarded by stderrTail
    private boolean stderrEnded; // guarded by stderrTail
    private final Thread stderrPump;
    private final TempFolder work; // null without a sandbox

    protected ProcessUnderTest(String name, List<String> command, Path home, Transcript transcript) {
        this.name = Objects.requireNonNull(name, "name");
        this.transcript = Objects.requireNonNull(transcript, "transcript");
        transcript.note(name, "starts: " + String.join(" ", command));
        ProcessSandbox sandbox = ProcessSandbox.current();
        this.work = sandbox.isolates() ? TempFolder.create("chatlab-process-") : null;
        try {
            Path folder = work != null ? work.path() : home;
            ProcessBuilder builder = new ProcessBuilder(sandbox.command(command, folder));
            sandbox.prepare(builder, home, folder);
            this.process = builder.start();
            LiveProcesses.register(process, name);
        } catch (IOException | IllegalStateException e) {
            deleteWork();
            throw new AssertionError("expected to start the " + name + " with `" + String.join(" ", command)
                    + "`, but got " + e.getMessage(), e);
        }
        this.stderrPump = Thread.ofPlatform().daemon().name(name + "-stderr").start(this::pumpStderr);
    }

    /** The operating system's id of the process. */
    public long pid() {
        return process.pid();
    }

    /** True while the process runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The last lines the process wrote to stderr, oldest first. */
    public List<String> stderrTail(int lines) {
        if (!process.isAlive()) {
            awaitStderrEnd();
        }
        synchronized (stderrTail) {
            List<String> all = new ArrayList<>(stderrHead);
            all.addAll(stderrTail);
            return List.copyOf(all.subList(Math.max(0, all.size() - lines), all.size()));
        }
    }

    /**
     * Waits at most {@code timeout} for a stderr line that {@code wanted} accepts (one already written counts),
     * and returns it; empty if none came by then, or if stderr ended without one.
     */
    public Optional<String> awaitStderr(Predicate<String> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (stderrTail) {
            while (true) {
                Optional<String> line = Stream.concat(stderrHead.stream(), stderrTail.stream())
                        .filter(wanted).findFirst();
                long left = deadline - System.nanoTime();
                if (line.isPresent() || left <= 0 || stderrEnded) {
                    return line;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(stderrTail, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
    }

    /**
     * Everything the process wrote to stderr, to its end: if the process still runs, lets its stderr go quiet
     * (100 ms without a line, at most 1 s: a server logs a client's failure just after closing its socket) and
     * kills it; then waits (at most 2 s) for the last lines. Of a long stderr only the first 100 and the last 200 lines are kept,
     * each cut to 2000 characters; {@link StderrLines#total()} counts them all. For the evidence of a check
     * that is over: the process is dead afterwards.
     */
    public StderrLines drainStderr() {
        if (process.isAlive()) {
            awaitQuietStderr();
            close();
        }
        awaitStderrEnd();
        synchronized (stderrTail) {
            return new StderrLines(name, pid(), stderrHead, List.copyOf(stderrTail), stderrLines);
        }
    }

    /** Asks the process to stop, as {@code kill -TERM} does. */
    public void terminate() {
        transcript.note(name, "gets SIGTERM");
        process.destroy();
    }

    /**
     * Waits at most {@code timeout} for the process to exit and returns its exit status; fails if it is
     * still running then.
     */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("expected the " + name + " to exit within " + Connection.show(timeout)
                        + ", but it is still running");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the " + name + " to exit", e);
        }
        int status = process.exitValue();
        transcript.note(name, "exits with status " + status);
        return status;
    }

    /** Kills the process and every process it started. Safe to call more than once. */
    @Override
    public void close() {
        LiveProcesses.killTree(process.toHandle());
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            LiveProcesses.unregister(process);
            deleteWork();
        }
    }

    private void deleteWork() {
        if (work != null) {
            try {
                work.close();
            } catch (IOException stillInUse) {
                // A process that survived SIGKILL's wait may still hold a file: the system's temp cleaner gets it.
            }
        }
    }

    /** Waits until the process's stderr has had no new line for 100 ms from now on, at most 1 s; or until it exits. */
    private void awaitQuietStderr() {
        long start = System.nanoTime();
        long limit = start + STDERR_QUIET_LIMIT.toNanos();
        try {
            while (System.nanoTime() < limit && process.isAlive()) {
                long quietSince;
                synchronized (stderrTail) {
                    quietSince = Math.max(start, lastStderrNanos);
                }
                long quietLeft = quietSince + STDERR_QUIET.toNanos() - System.nanoTime();
                if (quietLeft <= 0) {
                    return;
                }
                process.waitFor(quietLeft, TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Once the process has exited, its last stderr lines may still be on their way: wait for them, bounded. */
    private void awaitStderrEnd() {
        try {
            stderrPump.join(STDERR_DRAIN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pumpStderr() {
        try (Reader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            boolean cut = false;
            for (int c; (c = err.read()) != -1; ) {
                if (c == '\n') {
                    keep(line.toString());
                    line.setLength(0);
                    cut = false;
                } else if (line.length() < STDERR_LINE_CHARS) {
                    line.append((char) c);
                } else if (!cut) {
                    line.append("... (line cut)");
                    cut = true;
                }
            }
            if (!line.isEmpty()) {
                keep(line.toString());
            }
        } catch (IOException closed) {
            // The process was killed: its stderr ends here.
        } finally {
            synchronized (stderrTail) {
                stderrEnded = true;
                stderrTail.notifyAll();
            }
        }
    }

    private void keep(String line) {
        String kept = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        synchronized (stderrTail) {
            stderrLines++;
            lastStderrNanos = System.nanoTime();
            stderrTail.notifyAll(); // for awaitStderr
            if (stderrHead.size() < STDERR_HEAD_LINES) {
                stderrHead.add(kept);
                return;
            }
            if (stderrTail.size() == STDERR_TAIL_LINES) {
                stderrTail.removeFirst();
            }
            stderrTail.addLast(kept);
        }
    }
}

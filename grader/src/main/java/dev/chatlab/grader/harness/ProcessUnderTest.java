package dev.chatlab.grader.harness;

import dev.chatlab.grader.sandbox.ProcessSandbox;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A process started by the grader: a lab's server or client, or any program that honours the process
 * contract. It runs with {@code CHATLAB_HOME} set to a folder of the check's own, so that it never reads or
 * writes the real {@code ~/.chatlab}, in this JVM's {@link ProcessSandbox} (under {@code --sandbox process}: a
 * working folder of its own, a scrubbed environment, limits). Keeps the tail of its stderr and, when closed, kills
 * it with all its descendants and deletes its folder. Until then it is one of the {@link LiveProcesses}, which an
 * interrupted grader kills.
 */
public abstract class ProcessUnderTest implements AutoCloseable {

    private static final int STDERR_LINES_KEPT = 200;

    /** The environment variable that tells a lab where its files live (lab03's generated certificates). */
    public static final String CHATLAB_HOME = "CHATLAB_HOME";

    protected final String name;
    protected final Transcript transcript;
    protected final Process process;
    private final Deque<String> stderrTail = new ArrayDeque<>();
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
            List<String> all = List.copyOf(stderrTail);
            return all.subList(Math.max(0, all.size() - lines), all.size());
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

    /** Once the process has exited, its last stderr lines may still be on their way: wait for them, bounded. */
    private void awaitStderrEnd() {
        try {
            stderrPump.join(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pumpStderr() {
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                synchronized (stderrTail) {
                    if (stderrTail.size() == STDERR_LINES_KEPT) {
                        stderrTail.removeFirst();
                    }
                    stderrTail.addLast(line);
                }
            }
        } catch (IOException closed) {
            // The process was killed: its stderr ends here.
        }
    }
}

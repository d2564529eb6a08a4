package dev.chatlab.grader;

import dev.chatlab.grader.harness.LiveProcesses;
import dev.chatlab.grader.report.LiveConsole;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Ends an interrupted grading cleanly. While installed, a shutdown hook runs when the grader is interrupted
 * (Ctrl-C's SIGINT, a SIGTERM): it silences the live output, kills every process the grading started with all
 * their descendants ({@link LiveProcesses}), waits for them (at most 5 s), and says on stderr what was running:
 *
 * <pre>grader: interrupted during lab01 echo, check "echoes one line" (3.2 s in); stopped server (pid 4242)</pre>
 *
 * <p>The JVM then exits as a process killed by that signal does: 130 after Ctrl-C, 143 after SIGTERM. A grading
 * that ends normally removes the hook with {@link #close()}.
 */
final class InterruptGuard implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(5);

    private final PrintWriter err;
    private final LiveConsole console;
    private final Thread hook;
    private volatile boolean interrupted;

    private InterruptGuard(PrintWriter err, LiveConsole console) {
        this.err = Objects.requireNonNull(err, "err");
        this.console = Objects.requireNonNull(console, "console");
        this.hook = new Thread(this::stop, "grader-interrupt");
    }

    /** Installs the hook: from now on an interrupt stops the grading that {@code console} shows. */
    static InterruptGuard install(PrintWriter err, LiveConsole console) {
        InterruptGuard guard = new InterruptGuard(err, console);
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** True once the grader is being interrupted: the results are incomplete, and no report may be written. */
    boolean interrupted() {
        return interrupted;
    }

    /** Removes the hook: the grading ended on its own. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already stopping: the hook runs, or has run.
        }
    }

    private void stop() {
        interrupted = true;
        String where = console.interrupt().map(running -> " " + running).orElse("");
        List<String> stopped = LiveProcesses.stopAll(GRACE);
        err.println("grader: interrupted" + where + "; "
                + (stopped.isEmpty() ? "no process of the grading was running" : "stopped " + String.join(", ", stopped)));
        err.flush();
    }
}

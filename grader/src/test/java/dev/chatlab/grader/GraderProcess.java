package dev.chatlab.grader;

import static org.assertj.core.api.Assertions.fail;

import dev.chatlab.grader.harness.LiveProcesses;
import dev.chatlab.grader.run.Kit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The grader run as a process, through pipes, as a CI job runs it: {@code java -cp <test classpath>
 * GraderMain grade ...} (the grader's jar is packaged only after the tests). Its stdout and stderr are read line
 * by line as they come, each line with the time it arrived.
 */
final class GraderProcess implements AutoCloseable {

    /** A check's live line on stdout: mark, name, points, elapsed time (the scorecard's lines end with points). */
    static final String CHECK_LINE = "  (PASS|FAIL|SKIP) .* [0-9]+/[0-9]+ +[0-9]+\\.[0-9] s";
    /**
     * A prefix that starts the grader with SIGINT's default action: a process started in the background
     * ignores SIGINT, and so would the grader it starts. Perl restores the default, then execs the rest.
     */
    static final List<String> SIGINT_BY_DEFAULT = List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die \"$!\"");

    /** A line of output and when the test read it ({@link System#nanoTime()}). */
    record Line(String text, long arrived) {
    }

    private final Process process;
    private final List<Line> stdout = new ArrayList<>(); // guarded by itself
    private final List<Line> stderr = new ArrayList<>(); // guarded by itself

    private GraderProcess(Process process, Consumer<String> onStdoutLine) {
        this.process = process;
        Thread.ofPlatform().daemon().name("grader-stdout").start(() -> pump(process.getInputStream(), stdout,
                onStdoutLine));
        Thread.ofPlatform().daemon().name("grader-stderr").start(() -> pump(process.getErrorStream(), stderr,
                line -> { }));
    }

    /**
     * Starts {@code grade arguments} on {@code kit}, the command preceded by {@code prefix} (a program that
     * execs the rest, or nothing); {@code onStdoutLine} sees each stdout line as it is read.
     */
    static GraderProcess grade(Path kit, List<String> prefix, Consumer<String> onStdoutLine, String... arguments)
            throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Kit.javaExecutable(), "-cp", System.getProperty("java.class.path"),
                "-Dchatlab.kit=" + kit, GraderMain.class.getName(), "grade"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("NO_COLOR");
        return new GraderProcess(builder.start(), onStdoutLine);
    }

    /** The grader's process id. */
    long pid() {
        return process.pid();
    }

    /** Every process the grader has started and that still runs, its whole tree. */
    List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    /** The stdout lines read so far. */
    List<Line> stdout() {
        synchronized (stdout) {
            return List.copyOf(stdout);
        }
    }

    /** Everything read so far from stdout and stderr, for assertion messages. */
    String output() {
        return "stdout:\n" + String.join("\n", stdout().stream().map(Line::text).toList())
                + "\nstderr:\n" + String.join("\n", stderr().stream().map(Line::text).toList());
    }

    /** The stderr lines read so far. */
    List<Line> stderr() {
        synchronized (stderr) {
            return List.copyOf(stderr);
        }
    }

    /** Waits at most {@code timeout} for a stdout line from index {@code from} on that {@code matches}; its index. */
    int awaitStdout(int from, Predicate<String> matches, Duration timeout) throws InterruptedException {
        return await(stdout, from, matches, timeout, "stdout");
    }

    /** Waits at most {@code timeout} for a stderr line from index {@code from} on that {@code matches}; its index. */
    int awaitStderr(int from, Predicate<String> matches, Duration timeout) throws InterruptedException {
        return await(stderr, from, matches, timeout, "stderr");
    }

    /** Waits at most {@code timeout} for the grader to exit; its exit status. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("expected the grader to exit within " + timeout + ", but it still runs\n" + output());
        }
        return process.exitValue();
    }

    /** Sends {@code signal} ("TERM", "INT") to the grader alone, as {@code kill -SIGNAL pid} does. */
    void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid())).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            fail("expected kill -" + signal + " " + pid() + " to succeed");
        }
    }

    /** Kills the grader and everything it started, if a test left it running. */
    @Override
    public void close() {
        LiveProcesses.killTree(process.toHandle());
    }

    /** Polls {@code condition} every 50 ms for at most {@code timeout}: for state no event announces. */
    static boolean within(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    private int await(List<Line> lines, int from, Predicate<String> matches, Duration timeout, String stream)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (true) {
                for (int i = from; i < lines.size(); i++) {
                    if (matches.test(lines.get(i).text())) {
                        return i;
                    }
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(lines, left);
            }
        }
        return fail("expected a matching " + stream + " line from line " + from + " within " + timeout
                + ", but none came\n" + output());
    }

    private static void pump(InputStream stream, List<Line> lines, Consumer<String> onLine) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                long arrived = System.nanoTime();
                onLine.accept(line);
                synchronized (lines) {
                    lines.add(new Line(line, arrived));
                    lines.notifyAll();
                }
            }
        } catch (IOException ended) {
            // The grader was killed: its output ends here.
        }
    }
}

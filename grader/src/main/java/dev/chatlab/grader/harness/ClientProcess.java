package dev.chatlab.grader.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A client under test: the grader types lines on its stdin and reads the lines it prints on stdout.
 * Every stdin and stdout line goes into the transcript.
 */
public final class ClientProcess extends ProcessUnderTest {

    /** Marks the end of stdout in {@link #stdout}. */
    private static final String END = new String("end of stdout");

    private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
    private final OutputStream stdin;

    ClientProcess(List<String> command, Path home, Transcript transcript) {
        this("client", command, home, transcript);
    }

    /** A client named {@code name} in the transcript ("client ana"), for a check that runs several. */
    ClientProcess(String name, List<String> command, Path home, Transcript transcript) {
        super(name, command, home, transcript);
        this.stdin = process.getOutputStream();
        Thread.ofPlatform().daemon().name("client-stdout").start(this::pumpStdout);
    }

    /**
     * Types {@code line} and a line end on the client's stdin.
     *
     * @throws AssertionError if the client no longer reads its stdin (it exited, or closed it): a failure of the
     *                        client under test, not of the check
     */
    public void type(String line) throws IOException {
        transcript.note(name, "stdin: " + Transcript.quote(line + "\n"));
        try {
            stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            throw stdinGone("the line " + Transcript.quote(line), e);
        }
    }

    /** Closes the client's stdin: the end of its input. */
    public void closeStdin() throws IOException {
        transcript.note(name, "stdin: end of input");
        try {
            stdin.close();
        } catch (IOException e) {
            throw stdinGone("the end of its input", e);
        }
    }

    /** The failure of a write to a stdin that nobody reads any more, with the client's exit status if it has one. */
    private AssertionError stdinGone(String what, IOException cause) {
        boolean exited;
        try {
            exited = process.waitFor(1, TimeUnit.SECONDS); // a pipe breaks as its reader exits: give the exit a moment
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exited = !process.isAlive();
        }
        AssertionError failure = new AssertionError("expected the " + name + " to read " + what + " on its stdin, but "
                + (exited ? "it had exited with status " + process.exitValue() : "it no longer reads its stdin"));
        failure.initCause(cause);
        return failure;
    }

    /**
     * Returns the next stdout line, waiting at most {@code timeout}; fails if none comes or stdout ended.
     * {@code what} describes the expected line for the failure message.
     */
    public String nextLine(Duration timeout, String what) {
        String line = poll(timeout);
        if (line == null) {
            throw new AssertionError("expected the client to print " + what + " within "
                    + Connection.show(timeout) + ", but it printed nothing");
        }
        if (line == END) {
            stdout.add(END);
            throw new AssertionError("expected the client to print " + what + ", but its stdout ended"
                    + (process.isAlive() ? "" : " (it exited with status " + process.exitValue() + ")"));
        }
        return line;
    }

    /** Expects the next stdout line to be exactly {@code expected}. */
    public void expectLine(String expected, Duration timeout) {
        String line = nextLine(timeout, Transcript.quote(expected));
        if (!line.equals(expected)) {
            throw new AssertionError("expected the client to print " + Transcript.quote(expected)
                    + ", but got " + Transcript.quote(line));
        }
    }

    /** Proves that the client prints no other line for {@code quiet} (the end of stdout is fine). */
    public void expectNoLine(Duration quiet) {
        String line = poll(quiet);
        if (line == END) {
            stdout.add(END);
        } else if (line != null) {
            throw new AssertionError("expected the client to print nothing more, but got " + Transcript.quote(line));
        }
    }

    private String poll(Duration timeout) {
        try {
            return stdout.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while reading the client's stdout", e);
        }
    }

    private void pumpStdout() {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                transcript.note(name, "stdout: " + Transcript.quote(line));
                stdout.add(line);
            }
        } catch (IOException closed) {
            // The process was killed: its stdout ends here.
        } finally {
            stdout.add(END);
        }
    }
}

package dev.chatlab.grader.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One of a lab's subcommands other than server and client, run to its end: lab03's {@code users add NICK --file
 * users.db}, which reads a password from stdin. The grader writes its whole stdin at once, then reads its
 * stdout once it has exited. Its stdin and stdout go into the transcript.
 */
public final class CommandProcess extends ProcessUnderTest {

    private final CompletableFuture<String> stdout = new CompletableFuture<>();

    CommandProcess(String name, List<String> command, Path home, Transcript transcript) {
        super(name, command, home, transcript);
        Thread.ofPlatform().daemon().name(name + "-stdout").start(this::pumpStdout);
    }

    /** Writes {@code input} on the command's stdin, then closes it: a pipe, not a console. */
    public CommandProcess input(String input) throws IOException {
        transcript.note(name, "stdin: " + Transcript.quote(input) + ", then end of input");
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    /**
     * Waits at most {@code timeout} for the command to exit, and fails the check unless its exit status is 0,
     * naming the command and its last stderr lines.
     */
    public void expectSuccess(Duration timeout) {
        int status = awaitExit(timeout);
        if (status != 0) {
            throw new AssertionError("expected `" + name + "` to exit with status 0, but it exited with status "
                    + status + "; its stderr: " + stderrTail(5));
        }
    }

    /** What the command printed on stdout; waits at most {@code timeout} for its end. */
    public String stdout(Duration timeout) {
        try {
            return stdout.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new AssertionError("expected `" + name + "` to close its stdout within " + Connection.show(timeout)
                    + ", but it did not");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while reading the stdout of `" + name + "`", e);
        }
    }

    private void pumpStdout() {
        try (InputStream out = process.getInputStream()) {
            String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.isEmpty()) {
                transcript.note(name, "stdout: " + Transcript.quote(text));
            }
            stdout.complete(text);
        } catch (IOException e) {
            stdout.complete("");
        }
    }
}

package dev.chatlab.bench.server;

import dev.chatlab.bench.load.RunFailedException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server started by the tool: {@code sh -c COMMAND}, its stderr kept in a temporary file (shown when it
 * fails to start), its stdout read for the {@code LISTENING <port>} line and then drained. {@link #close()}
 * stops the whole process tree: SIGTERM to every process, then SIGKILL to those still running after
 * {@value #STOP_WAIT_SECONDS} s.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("LISTENING (\\d{1,5})");
    private static final int STOP_WAIT_SECONDS = 5;
    private static final int STDERR_TAIL_LINES = 10;

    private final Process process;
    private final Path stderr;
    private final int port;
    /** Stops the server if the bench itself is stopped (Ctrl-C, SIGTERM) while the server runs. */
    private final Thread stopOnExit;

    private ServerProcess(Process process, Path stderr, int port) {
        this.process = process;
        this.stderr = stderr;
        this.port = port;
        this.stopOnExit = new Thread(this::stopTree, "server-stop-on-exit");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * Starts {@code command} and waits at most {@code startTimeout} for its {@code LISTENING <port>} line.
     *
     * @throws RunFailedException if it cannot start, exits, or does not announce a port in time (the message
     *                            ends with the last lines of its stderr)
     */
    public static ServerProcess start(String command, Duration startTimeout) {
        Objects.requireNonNull(command, "command");
        Path stderr;
        Process process;
        try {
            stderr = Files.createTempFile("chatlab-bench-server", ".log");
            process = new ProcessBuilder("sh", "-c", command).redirectErrorStream(false)
                    .redirectError(stderr.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new RunFailedException("cannot start the server `" + command + "`: " + e.getMessage(), e);
        }
        BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> readLine(stdout),
                task -> Thread.ofVirtual().name("server-stdout").start(task));
        ServerProcess server = new ServerProcess(process, stderr, -1);
        String line;
        try {
            line = firstLine.get(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw server.failAndStop("did not print LISTENING <port> within " + startTimeout.toSeconds() + " s",
                    command);
        } catch (InterruptedException | ExecutionException e) {
            throw server.failAndStop("could not be read: " + e.getMessage(), command);
        }
        Matcher matcher = LISTENING.matcher(line == null ? "" : line);
        if (!matcher.matches()) {
            throw server.failAndStop(line == null ? "ended without printing LISTENING <port>"
                    : "printed `" + line + "` where LISTENING <port> belongs", command);
        }
        Thread.ofVirtual().name("server-stdout-drain").start(() -> drain(stdout));
        server.forgetOnExit();
        return new ServerProcess(process, stderr, Integer.parseInt(matcher.group(1)));
    }

    /** The port from the server's LISTENING line. */
    public int port() {
        return port;
    }

    /** The process {@code sh -c} runs as (the root of the server's process tree). */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Stops the server and every process it started; removes its stderr file. Idempotent. */
    @Override
    public void close() {
        forgetOnExit();
        stopTree();
    }

    private void forgetOnExit() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook runs, or has run, stopTree itself.
        }
    }

    private void stopTree() {
        List<ProcessHandle> tree = java.util.stream.Stream.concat(process.descendants(),
                java.util.stream.Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle member : tree) {
            try {
                member.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                member.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                member.destroyForcibly();
            }
        }
        try {
            Files.deleteIfExists(stderr);
        } catch (IOException e) {
            // A temporary file left in the temp directory: harmless.
        }
    }

    /** Stops the server and returns the failure to throw, which quotes the end of its stderr. */
    private RunFailedException failAndStop(String what, String command) {
        process.destroy();
        try {
            process.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String tail;
        try {
            List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
            tail = String.join(" | ", lines.subList(Math.max(0, lines.size() - STDERR_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            tail = "(unreadable: " + e.getMessage() + ")";
        }
        close();
        return new RunFailedException("the server `" + command + "` " + what
                + (tail.isBlank() ? "" : "; its stderr ends with: " + tail));
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private static void drain(BufferedReader reader) {
        try (reader) {
            while (reader.readLine() != null) {
                // The contract allows nothing after LISTENING on stdout; whatever comes is discarded.
            }
        } catch (IOException e) {
            // The server ended.
        }
    }
}

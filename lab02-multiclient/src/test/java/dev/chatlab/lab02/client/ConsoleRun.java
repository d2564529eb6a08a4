package dev.chatlab.lab02.client;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.chatlab.lab02.protocol.ClientFrame;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A {@link ChatClient} run on its own thread, with stdin typed by the test and stdout/stderr captured. */
final class ConsoleRun {

    private final TypedInput stdin = new TypedInput();
    private final CapturedLines stdout = new CapturedLines();
    private final CapturedLines stderr = new CapturedLines();
    private final CompletableFuture<Integer> status = new CompletableFuture<>();

    private ConsoleRun() {
    }

    /** lab02's client: plain TCP to 127.0.0.1:{@code port}, registering {@code nick}. */
    static ConsoleRun start(int port, String nick) {
        return start(new TcpConnector("127.0.0.1", port), new ClientFrame.Hello(nick));
    }

    /** A client that reaches its server through {@code server} and registers with {@code hello}. */
    static ConsoleRun start(ServerConnector server, ClientFrame.Hello hello) {
        ConsoleRun run = new ConsoleRun();
        ChatClient client = new ChatClient(server, hello, new BufferedReader(run.stdin),
                new PrintStream(run.stdout, true, UTF_8), new PrintStream(run.stderr, true, UTF_8));
        Thread.ofPlatform().daemon().name("console client").start(() -> {
            try {
                run.status.complete(client.run());
            } catch (Throwable failure) {
                run.status.completeExceptionally(failure);
            }
        });
        return run;
    }

    void type(String line) {
        stdin.lines.add(Optional.of(line + "\n"));
    }

    void endInput() {
        stdin.lines.add(Optional.empty());
    }

    String nextOut() throws InterruptedException {
        return stdout.next();
    }

    String nextErr() throws InterruptedException {
        return stderr.next();
    }

    /** The exit status run() returned, waiting at most {@code seconds}. */
    int exitStatus(int seconds) throws InterruptedException, ExecutionException, TimeoutException {
        return status.get(seconds, TimeUnit.SECONDS);
    }

    /** What run() threw, waiting at most {@code seconds}. */
    Throwable failure(int seconds) throws InterruptedException, TimeoutException {
        try {
            Integer code = status.get(seconds, TimeUnit.SECONDS);
            throw new AssertionError("expected the client to fail, but it returned " + code);
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    /** Stdin lines typed by the test; an empty Optional is the end of input. */
    private static final class TypedInput extends Reader {
        final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
        private String current = "";
        private int position;
        private boolean ended;

        @Override
        public int read(char[] buffer, int offset, int length) throws InterruptedIOException {
            while (!ended && position == current.length()) {
                try {
                    Optional<String> next = lines.take();
                    ended = next.isEmpty();
                    current = next.orElse("");
                    position = 0;
                } catch (InterruptedException e) {
                    throw new InterruptedIOException("interrupted while waiting for typed input");
                }
            }
            if (ended) {
                return -1;
            }
            int count = Math.min(length, current.length() - position);
            current.getChars(position, position + count, buffer, offset);
            position += count;
            return count;
        }

        @Override
        public void close() {
        }
    }

    /** Bytes written by the client, as UTF-8 lines the test can wait for. */
    private static final class CapturedLines extends OutputStream {
        private final ByteArrayOutputStream current = new ByteArrayOutputStream();
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.add(current.toString(UTF_8));
                current.reset();
            } else {
                current.write(b);
            }
        }

        String next() throws InterruptedException {
            String line = lines.poll(FakeChatServer.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new AssertionError("expected a line within " + FakeChatServer.TIMEOUT + ", got none");
            }
            return line;
        }
    }
}

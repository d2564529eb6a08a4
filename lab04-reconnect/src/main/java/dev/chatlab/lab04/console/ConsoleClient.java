package dev.chatlab.lab04.console;

import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab02.client.ConsoleInput;
import dev.chatlab.lab02.client.ServerConnector;
import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab04.client.ClientParts;
import dev.chatlab.lab04.client.ClientSettings;
import dev.chatlab.lab04.client.ClientState;
import dev.chatlab.lab04.client.ConnectFailedException;
import dev.chatlab.lab04.client.ReconnectingClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * lab04's console client: a thin layer on the {@link ReconnectingClient} library. Stdin lines become frames as
 * in lab02 ({@link ConsoleInput}); the client's events become stdout lines ({@link ConsoleLines}). Typed lines
 * wait in the outbox while the connection is down; when it is full, a line says so and the text is not sent.
 * Used once.
 */
public final class ConsoleClient {

    private final ServerConnector connector;
    private final ClientFrame.Hello hello;
    private final ClientSettings settings;
    private final ClientParts parts;
    private final BufferedReader stdin;
    private final PrintStream out;
    private final PrintStream err;
    private final CompletableFuture<String> refused = new CompletableFuture<>();

    /** A console client that reaches its server through {@code connector} and registers with {@code hello}. */
    public ConsoleClient(ServerConnector connector, ClientFrame.Hello hello, ClientSettings settings,
                         BufferedReader stdin, PrintStream out, PrintStream err) {
        this(connector, hello, settings, ClientParts.REFERENCE, stdin, out, err);
    }

    /** The same console client on a {@link ReconnectingClient} with other {@code parts}. */
    public ConsoleClient(ServerConnector connector, ClientFrame.Hello hello, ClientSettings settings,
                         ClientParts parts, BufferedReader stdin, PrintStream out, PrintStream err) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.hello = Objects.requireNonNull(hello, "hello");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.parts = Objects.requireNonNull(parts, "parts");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /**
     * Connects, then chats until /quit or the end of stdin (returns 0 after sending bye), reconnecting as often
     * as needed meanwhile. Blocks until then.
     *
     * @throws CommandFailedException (exit status 1) if the first connection fails or the hello is refused
     *                                (then or after a session expired)
     */
    public int run() throws InterruptedException {
        ReconnectingClient client = new ReconnectingClient(connector, hello, new ConsoleLines(out, refused::complete),
                settings, parts);
        try {
            client.connect();
        } catch (ConnectFailedException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
        Thread.ofPlatform().daemon().name("stdin").start(() -> {
            relay(client);
            refused.complete(null);
        });
        String reason = refused.join();
        client.quit();
        if (reason != null) {
            throw new CommandFailedException(reason);
        }
        return 0;
    }

    /** Sends each typed line until /quit or the end of input. */
    private void relay(ReconnectingClient client) {
        try {
            String line;
            while ((line = stdin.readLine()) != null && !line.equals("/quit")) {
                ClientFrame frame = ConsoleInput.toFrame(line);
                if (frame == null) {
                    if (!line.isEmpty()) {
                        err.println(ConsoleInput.MSG_USAGE);
                    }
                } else if (!client.send(frame)) {
                    if (client.state() instanceof ClientState.Closed) {
                        return;
                    }
                    out.println("* not sent: the outbox is full (" + settings.outboxCapacity() + " messages waiting)");
                }
            }
        } catch (IOException e) {
            err.println("error: reading stdin failed: " + e.getMessage());
        }
    }
}

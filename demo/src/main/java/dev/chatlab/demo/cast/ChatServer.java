package dev.chatlab.demo.cast;

import dev.chatlab.demo.screen.TerminalWindow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * lab04's server as a process, the way a user runs it: TLS 1.3 with the demo's certificate, accounts from
 * {@code users.db}, on a free loopback port. Its queue per client is small ({@code --max-queue-bytes}) so
 * that a client that stops reading is found slow within seconds rather than after a megabyte. Its log lines
 * go to a terminal window when one is attached.
 */
public final class ChatServer implements AutoCloseable {

    /** The bytes the server holds for one client before it drops it as slow. */
    public static final int MAX_QUEUE_BYTES = 16 * 1024;
    private static final Duration START = Duration.ofSeconds(20);

    private final KitProcess process;
    private final int port;

    private ChatServer(KitProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the server with {@code certificates} ({@code kit/} or {@code impostor/}) and waits for its
     * {@code LISTENING} line; its stderr goes to {@code log} when not null.
     *
     * @throws StepFailedException if it does not listen within 20 s
     */
    public static ChatServer start(String name, Path certificates, Path users, Path home, TerminalWindow log)
            throws StepFailedException {
        List<String> args = new ArrayList<>(List.of("server", "--port", "0",
                "--cert", certificates.resolve("server.pem").toString(),
                "--key", certificates.resolve("server-key.pem").toString(),
                "--max-queue-bytes", Integer.toString(MAX_QUEUE_BYTES)));
        if (users != null) {
            args.addAll(List.of("--users", users.toString()));
        }
        if (log != null) {
            log.print("$ ./chatlab lab04 " + String.join(" ", args).replace(home + "/", ""));
        }
        KitProcess process = KitProcess.start(name, "dev.chatlab.lab04.Lab04", args, home, (stream, line) -> {
            if (log != null && stream == KitProcess.Stream.ERR) {
                log.print(line);
            }
        });
        try {
            return new ChatServer(process, process.awaitListening(START));
        } catch (StepFailedException | RuntimeException e) {
            process.close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        process.close();
    }
}

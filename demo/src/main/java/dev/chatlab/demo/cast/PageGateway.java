package dev.chatlab.demo.cast;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * lab05's browser gateway ({@code web}) as a process, the way a user runs it: it serves the chat page on a
 * free loopback port and bridges each page's WebSocket to the lab04 server over TLS 1.3, trusting the demo's
 * CA. Its stderr (the page's address, one line per bridge) is kept, not shown.
 */
public final class PageGateway implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(20);

    private final KitProcess process;
    private final int port;

    private PageGateway(KitProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts {@code web --port 0 --upstream 127.0.0.1:SERVER --ca CA} and waits for its {@code LISTENING} line.
     *
     * @throws StepFailedException if it does not listen within 20 s
     */
    public static PageGateway start(int serverPort, Path ca, Path home) throws StepFailedException {
        List<String> args = List.of("web", "--port", "0", "--upstream", "127.0.0.1:" + serverPort, "--ca", ca.toString());
        KitProcess process = KitProcess.start("web gateway", "dev.chatlab.lab05.Lab05", args, home, (stream, line) -> {
        });
        try {
            return new PageGateway(process, process.awaitListening(START));
        } catch (StepFailedException | RuntimeException e) {
            process.close();
            throw e;
        }
    }

    /** The page's address, {@code http://127.0.0.1:PORT/}. */
    public String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** Stops the gateway (each open page gets a 1001 close first). */
    @Override
    public void close() {
        process.close();
    }
}

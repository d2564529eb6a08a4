package dev.chatlab.lab05.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/**
 * A test's stand-in for the page: a Jetty WebSocket client that records every text message and the close.
 * Waits are bounded (5 s).
 */
public final class BrowserSocket implements Session.Listener.AutoDemanding {

    static final Duration WAIT = Duration.ofSeconds(5);

    /** The close code and reason the gateway sent. */
    record Closed(int code, String reason) {
    }

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private volatile Session session;

    /** Opens a WebSocket to {@code uri}, sending {@code origin} as the Origin header (null: none). */
    static BrowserSocket open(WebSocketClient client, URI uri, String origin) throws Exception {
        BrowserSocket socket = new BrowserSocket();
        ClientUpgradeRequest request = new ClientUpgradeRequest();
        if (origin != null) {
            request.setHeader("Origin", origin);
        }
        client.connect(socket, uri, request).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return socket;
    }

    @Override
    public void onWebSocketOpen(Session opened) {
        session = opened;
    }

    @Override
    public void onWebSocketText(String message) {
        received.add(message);
    }

    @Override
    public void onWebSocketClose(int code, String reason) {
        closed.complete(new Closed(code, reason));
    }

    void send(String frame) {
        session.sendText(frame, Callback.NOOP);
    }

    /** The next message, waiting at most 5 s. */
    String next() throws InterruptedException {
        String message = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(message).as("a message within " + WAIT).isNotNull();
        return message;
    }

    /** The next message whose text contains {@code fragment}; earlier ones are skipped. */
    String nextContaining(String fragment) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String message = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (message != null && message.contains(fragment)) {
                return message;
            }
        }
        throw new AssertionError("no message containing " + fragment + " within " + WAIT);
    }

    /** The close, waiting at most 5 s. */
    Closed awaitClose() throws Exception {
        return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    void close() {
        if (session != null) {
            session.close();
        }
    }
}

package dev.chatlab.lab04.client;

import dev.chatlab.lab02.client.ServerConnector;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Makes the client's connections: TCP and TLS through the {@link ServerConnector} (lab03's TLS connector in
 * practice) on a virtual thread of its own, so that the event thread never waits for a socket, then a
 * {@link ChatLink} whose frames and end are posted to the event thread. Each outcome arrives on the event
 * thread, once.
 */
final class LinkDialer {

    private final ServerConnector connector;
    private final Duration timeout;
    private final LongSupplier nanoClock;
    private final ClientEvents events;

    /**
     * A dialer through {@code connector}, giving each connection {@code timeout} to connect and handshake; its
     * links measure with {@code nanoClock}.
     */
    LinkDialer(ServerConnector connector, Duration timeout, LongSupplier nanoClock, ClientEvents events) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Connects; then {@code connected} gets the link (not started), or {@code failed} the reason. Never blocks. */
    void dial(Consumer<ChatLink> connected, Consumer<IOException> failed) {
        Thread.ofVirtual().name("chat client connect").start(() -> {
            try {
                Socket socket = connector.connect(timeout);
                events.post(() -> connected.accept(new ChatLink(socket, nanoClock)));
            } catch (IOException e) {
                events.post(() -> failed.accept(e));
            }
        });
    }

    /** Starts {@code link}: each frame it reads goes to {@code received}, its end to {@code ended}. */
    void start(ChatLink link, BiConsumer<ChatLink, ReconnectServerFrame> received, Consumer<ChatLink> ended) {
        link.start(frame -> events.post(() -> received.accept(link, frame)), warning -> { },
                () -> events.post(() -> ended.accept(link)));
    }

    /** The user's explanation of a failure to connect, e.g. {@code cannot connect to 127.0.0.1:7004: ...}. */
    String describe(IOException failure) {
        return connector.describe(failure);
    }
}

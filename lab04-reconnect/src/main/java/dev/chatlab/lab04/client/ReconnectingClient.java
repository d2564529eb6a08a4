package dev.chatlab.lab04.client;

import dev.chatlab.lab02.client.ServerConnector;
import dev.chatlab.lab02.protocol.ClientFrame;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The lab04 chat client as a library, with no console code: it connects, registers, and from then on keeps
 * the user's session alive across dropped connections until {@link #quit()}. A console, a Swing window and a
 * browser gateway each put their own face on it through a {@link ClientListener}.
 *
 * <ul>
 *   <li>States: connecting, online, reconnecting (attempt and delay), closed ({@link ClientState}).</li>
 *   <li>Reconnecting: full-jitter exponential backoff ({@link Backoff}), reset after each registration;
 *       {@code resume} with the session and the last id seen, or {@code hello} again when the session has
 *       expired.</li>
 *   <li>Outbox: says and whispers get cids and wait (bounded) until acknowledged; after a resume the
 *       unacknowledged ones are sent again, and the server delivers each cid once.</li>
 *   <li>Each message and whisper is shown once, in id order; a heartbeat {@code ping} is answered with
 *       {@code pong}, the client pings itself when it has sent nothing for a heartbeat, and three heartbeats
 *       of silence from the server count as a lost connection.</li>
 * </ul>
 *
 * <p>Threads: all state lives on one event thread of the client's own, which also calls the listener, one
 * call at a time, in order. Every public method is thread-safe; called from another thread it hands its
 * work to the event thread and waits for it (briefly: the event thread never waits for a socket, each
 * connection has a reader and a writer thread of its own); called from the listener it runs inline.
 *
 * <p>Inside: the state machine of connections, the registration and resume, the outbox's sending and resending,
 * the dedup of ids, the silence check and the event thread are classes of this package of their own; the
 * rules that a student writes or a grader breaks are the {@link ClientParts}.
 */
public final class ReconnectingClient implements AutoCloseable {

    /** The reason of the {@link ClientState.Closed} state after {@link #quit()}. */
    public static final String QUIT = "quit";

    private final ClientEvents events = new ClientEvents();
    private final ClientLifecycle lifecycle;
    private final ClientSession session;
    private final Duration closeTimeout;

    /**
     * A client, not connected yet, that reaches its server through {@code connector} (lab03's TLS), registers
     * with {@code hello} and reports to {@code listener}; its parts are the reference's ({@link ClientParts#REFERENCE}).
     */
    public ReconnectingClient(ServerConnector connector, ClientFrame.Hello hello, ClientListener listener,
                              ClientSettings settings) {
        this(connector, hello, listener, settings, ClientParts.REFERENCE);
    }

    /** The same client with other {@code parts}: jitter, resend or judge of silence of its own. */
    public ReconnectingClient(ServerConnector connector, ClientFrame.Hello hello, ClientListener listener,
                              ClientSettings settings, ClientParts parts) {
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(hello, "hello");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(parts, "parts");
        this.closeTimeout = settings.closeTimeout();
        this.lifecycle = new ClientLifecycle(listener, events, closeTimeout);
        this.session = new ClientSession(connector, hello, listener, settings, parts, events, lifecycle);
        lifecycle.closed().thenRun(events::shutdown); // once closed, the event thread ends
    }

    /**
     * Makes the first connection and registers; blocks until the welcome (about twice the answer timeout at
     * most). From then on the client reconnects by itself until {@link #quit()}.
     *
     * @throws ConnectFailedException if connecting fails or the server refuses the hello; the client is closed
     * @throws IllegalStateException  if called twice
     */
    public void connect() throws ConnectFailedException, InterruptedException {
        if (!events.call(session::start)) {
            throw new IllegalStateException("connect() was called already");
        }
        try {
            lifecycle.firstConnection().get();
        } catch (ExecutionException e) {
            throw (ConnectFailedException) e.getCause();
        }
    }

    /**
     * Queues a say, whisper or who typed by the user: sent at once when online, else when a connection is
     * back. Returns {@code false} if it was not queued: the outbox is full, or the client is closed.
     *
     * @throws IllegalArgumentException for a hello, ping or bye, which the client sends itself
     */
    public boolean send(ClientFrame frame) {
        Objects.requireNonNull(frame, "frame");
        if (!(frame instanceof ClientFrame.Say || frame instanceof ClientFrame.Whisper || frame instanceof ClientFrame.Who)) {
            throw new IllegalArgumentException("The client sends " + frame.type().wireName() + " itself");
        }
        return events.call(() -> session.send(frame));
    }

    /**
     * Leaves for good. Online, it first lets the outbox drain (until every say and whisper is acknowledged, at
     * most the close timeout), then sends bye and waits (at most the close timeout again) for the server to
     * close; offline, it closes at once and what the outbox holds is dropped. Blocks until closed. Safe to
     * call more than once.
     */
    public void quit() {
        boolean onEventThread = events.isCurrent();
        events.call(() -> {
            session.quit();
            return true;
        });
        if (!onEventThread) {
            try {
                lifecycle.closed().get(2 * closeTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // Closed meanwhile by the timeout's own task, or the event thread is gone: nothing to wait for.
            }
            events.shutdown();
        }
    }

    /** Same as {@link #quit()}. */
    @Override
    public void close() {
        quit();
    }

    /** The state now (the listener heard of it already, or is about to). */
    public ClientState state() {
        return lifecycle.state();
    }
}

package dev.chatlab.lab04.client;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab04.protocol.ReconnectClientCodec;
import dev.chatlab.lab04.protocol.ReconnectClientFrame;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The beginning and the end of a {@link ReconnectingClient}: the state it reports (each change goes to the
 * listener, in order), the outcome of the first connection that {@code connect()} waits for, and the close
 * for good, after which {@code quit()} returns. Closing online with bye lets the server close first (at most
 * the close timeout). Event thread only, but for {@link #state()} and the futures.
 */
final class ClientLifecycle {

    private final ClientListener listener;
    private final ClientEvents events;
    private final Duration closeTimeout;
    private final CompletableFuture<Void> firstConnection = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private volatile ClientState state = new ClientState.Connecting();
    private boolean quitting;

    /** A lifecycle that reports to {@code listener} and gives the server {@code closeTimeout} to close after bye. */
    ClientLifecycle(ClientListener listener, ClientEvents events, Duration closeTimeout) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.events = Objects.requireNonNull(events, "events");
        this.closeTimeout = Objects.requireNonNull(closeTimeout, "closeTimeout");
    }

    /** The state now; any thread. */
    ClientState state() {
        return state;
    }

    /** Completes at the first welcome; fails with a {@link ConnectFailedException} if it never comes. */
    CompletableFuture<Void> firstConnection() {
        return firstConnection;
    }

    /** Completes once the client is closed and its last connection has ended. */
    CompletableFuture<Void> closed() {
        return closed;
    }

    /** The client is now in state {@code next}: the listener hears of it. */
    void report(ClientState next) {
        state = next;
        listener.stateChanged(next);
    }

    /** The first welcome came: {@code connect()} returns. */
    void firstConnected() {
        firstConnection.complete(null);
    }

    /** The user quits while frames wait for their acks: {@link #quitting()} from now on. */
    void quitting(Runnable closeAtTimeout) {
        quitting = true;
        events.schedule(closeTimeout, closeAtTimeout);
    }

    /** Whether the client quits once the outbox has drained (or the connection is lost). */
    boolean quitting() {
        return quitting;
    }

    /**
     * Closed for good, because of {@code reason}: says bye on {@code link} first when {@code bye} (and lets
     * the server close), else closes it at once; with no link, the client is closed now.
     */
    void close(String reason, ChatLink link, boolean bye) {
        report(new ClientState.Closed(reason));
        if (link == null) {
            closed.complete(null);
        } else if (bye) {
            link.send(ReconnectClientCodec.encode(new ReconnectClientFrame.Chat(new ClientFrame.Bye())));
            events.schedule(closeTimeout, link::close); // the server closes first, normally
        } else {
            link.close();
        }
    }

    /** The first connection failed with {@code failure} (the client is closed): {@code connect()} throws it. */
    void failed(ConnectFailedException failure) {
        firstConnection.completeExceptionally(failure);
    }

    /** The last connection of the closed client has ended: {@code quit()} returns. */
    void ended() {
        closed.complete(null);
    }
}

package dev.chatlab.lab04.client;

import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The connection/state loop of a {@link ReconnectingClient}: connect ({@link LinkDialer}), register, be
 * online, and after a lost connection wait a delay ({@link Backoff}, with the {@link Jitter} part's jitter)
 * and connect again, until closed. If the first connection fails, the client closes instead. What is said on
 * a connection is the {@link ClientSession}'s business; the loop tells it of each new connection, each frame
 * of the current one, and each loss. Event thread only.
 */
final class ConnectionLoop {

    /** Where the loop is. */
    enum Phase { NEW, CONNECTING, REGISTERING, ONLINE, WAITING, CLOSED }

    private final LinkDialer dialer;
    private final IntFunction<Duration> delays;
    private final ClientEvents events;
    private final ClientLifecycle lifecycle;
    private final ClientSession session;
    private Phase phase = Phase.NEW;
    private ChatLink link;
    private int attempt;
    private boolean everOnline;

    /** A loop for {@code session} that dials with {@code dialer} and waits {@code delays} before each attempt. */
    ConnectionLoop(LinkDialer dialer, IntFunction<Duration> delays, ClientEvents events, ClientLifecycle lifecycle,
                   ClientSession session) {
        this.dialer = Objects.requireNonNull(dialer, "dialer");
        this.delays = Objects.requireNonNull(delays, "delays");
        this.events = Objects.requireNonNull(events, "events");
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.session = Objects.requireNonNull(session, "session");
    }

    Phase phase() {
        return phase;
    }

    /** Whether a connection was ever registered: until then, a failure closes the client instead of a retry. */
    boolean everOnline() {
        return everOnline;
    }

    /** Makes the first connection; {@code false} if it was made already. */
    boolean start() {
        if (phase != Phase.NEW) {
            return false;
        }
        lifecycle.report(new ClientState.Connecting());
        dial();
        return true;
    }

    /** The current connection is registered: the backoff starts again. Returns whether it is the first time. */
    boolean online(ClientState.Online online) {
        boolean first = !everOnline;
        phase = Phase.ONLINE;
        attempt = 0;
        everOnline = true;
        lifecycle.report(online);
        return first;
    }

    /** Closes for good: says bye first when {@code bye} and online. Nothing happens once closed. */
    void close(String reason, boolean bye) {
        if (phase == Phase.CLOSED) {
            return;
        }
        boolean wasOnline = phase == Phase.ONLINE;
        phase = Phase.CLOSED;
        session.lost();
        lifecycle.close(reason, link, bye && wasOnline);
    }

    private void dial() {
        phase = Phase.CONNECTING;
        dialer.dial(this::connected, this::dialFailed);
    }

    private void connected(ChatLink opened) {
        if (phase == Phase.CLOSED) {
            opened.close();
            return;
        }
        link = opened;
        phase = Phase.REGISTERING;
        dialer.start(opened, this::received, this::ended);
        session.opened(opened);
    }

    private void received(ChatLink from, ReconnectServerFrame frame) {
        if (from == link) { // else a link already replaced
            session.received(from, frame, phase == Phase.REGISTERING);
        }
    }

    private void dialFailed(IOException failure) {
        if (phase == Phase.CLOSED) {
            return;
        }
        if (!everOnline) {
            fail(new ConnectFailedException(dialer.describe(failure), null, failure));
        } else {
            retry();
        }
    }

    private void ended(ChatLink from) {
        if (from != link) {
            return;
        }
        link = null;
        session.lost();
        if (phase == Phase.CLOSED) {
            lifecycle.ended();
        } else if (!everOnline) {
            fail(new ConnectFailedException("connection closed by the server", null, null));
        } else if (lifecycle.quitting()) {
            close(ReconnectingClient.QUIT, false);
            lifecycle.ended();
        } else {
            retry();
        }
    }

    /** Waits a backoff delay, then dials again. */
    private void retry() {
        phase = Phase.WAITING;
        Duration delay = delays.apply(attempt);
        attempt++;
        lifecycle.report(new ClientState.Reconnecting(attempt, delay));
        events.schedule(delay, () -> {
            if (phase == Phase.WAITING) {
                dial();
            }
        });
    }

    /** The first connection failed: the client closes, and {@code connect()} throws {@code failure}. */
    void fail(ConnectFailedException failure) {
        close(failure.getMessage(), false);
        lifecycle.failed(failure);
    }
}

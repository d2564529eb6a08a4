package dev.chatlab.lab04.client;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab04.protocol.ReconnectClientCodec;
import dev.chatlab.lab04.protocol.ReconnectClientFrame;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The client's own pings: while online, chat/1's {@code ping} whenever the client has sent nothing for a
 * heartbeat. The contract has the server ping a client to which it has sent nothing; a client that only
 * receives, in a busy room, then gets no ping to answer and says nothing, and a server that follows the
 * contract word for word takes three heartbeats of that for a dead connection. The server answers
 * {@code pong}, which is not shown. One task on the event thread wakes when the next ping may be due
 * ({@link ChatLink#lastSent()} tells when the client last wrote), no timer per frame. Event thread only.
 */
final class KeepalivePing {

    private static final byte[] PING = ReconnectClientCodec.encode(
            new ReconnectClientFrame.Chat(new ClientFrame.Ping(null), null));

    private final ClientEvents events;
    private final LongSupplier nanoClock;
    private ScheduledFuture<?> next;

    /** Pings on {@code events}' thread, measuring with {@code nanoClock} (the links' clock). */
    KeepalivePing(ClientEvents events, LongSupplier nanoClock) {
        this.events = Objects.requireNonNull(events, "events");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /**
     * Pings on {@code link} after every {@code heartbeat} in which the client sent nothing, while {@code online}
     * says the client is still online on it; replaces the pings of the connection before.
     */
    void watch(ChatLink link, Duration heartbeat, BooleanSupplier online) {
        stop();
        wakeAfter(link, heartbeat, online, heartbeat.toNanos() - idle(link));
    }

    /** Stops pinging: the connection is lost or the client closed. */
    void stop() {
        ClientEvents.cancel(next);
    }

    private void check(ChatLink link, Duration heartbeat, BooleanSupplier online) {
        if (!online.getAsBoolean()) {
            return;
        }
        long idle = idle(link);
        if (idle >= heartbeat.toNanos()) {
            link.send(PING); // notes the send: the next ping is a heartbeat away
            idle = 0;
        }
        wakeAfter(link, heartbeat, online, heartbeat.toNanos() - idle);
    }

    private void wakeAfter(ChatLink link, Duration heartbeat, BooleanSupplier online, long delayNanos) {
        next = events.schedule(Duration.ofNanos(Math.max(0, delayNanos)), () -> check(link, heartbeat, online));
    }

    private long idle(ChatLink link) {
        return nanoClock.getAsLong() - link.lastSent();
    }
}

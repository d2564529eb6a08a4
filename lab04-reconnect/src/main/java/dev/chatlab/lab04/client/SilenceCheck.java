package dev.chatlab.lab04.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The client's side of the heartbeat: it notes when the server last spoke and, once per heartbeat while
 * online, asks the {@link SilenceWatchdog} part whether the silence since means a dead connection; a dead
 * one is closed, and its reader reports the end like any other lost connection. The server's pings, and its
 * pongs to the client's own ({@link KeepalivePing}), keep a live connection from falling silent. Event thread
 * only.
 */
final class SilenceCheck {

    private final ClientEvents events;
    private final SilenceWatchdog watchdog;
    private final LongSupplier nanoClock;
    private long lastHeard;
    private ScheduledFuture<?> next;

    /** A check on {@code events} that asks {@code watchdog}, measuring with {@code nanoClock}. */
    SilenceCheck(ClientEvents events, SilenceWatchdog watchdog, LongSupplier nanoClock) {
        this.events = Objects.requireNonNull(events, "events");
        this.watchdog = Objects.requireNonNull(watchdog, "watchdog");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /** The server spoke (any frame), or a connection was just made. */
    void heard() {
        lastHeard = nanoClock.getAsLong();
    }

    /**
     * Checks {@code watched} every {@code heartbeat} while {@code online} says the client is still online on
     * it; replaces the watch of the connection before.
     */
    void watch(ChatLink watched, Duration heartbeat, BooleanSupplier online) {
        stop();
        next = events.schedule(heartbeat, () -> {
            if (!online.getAsBoolean()) {
                return;
            }
            Duration silence = Duration.ofNanos(nanoClock.getAsLong() - lastHeard);
            if (watchdog.isDead(silence, heartbeat)) {
                watched.close(); // silence: lost like any other connection (the reader reports the end)
            } else {
                watch(watched, heartbeat, online);
            }
        });
    }

    /** Stops checking: the connection is lost or the client closed. */
    void stop() {
        ClientEvents.cancel(next);
    }
}

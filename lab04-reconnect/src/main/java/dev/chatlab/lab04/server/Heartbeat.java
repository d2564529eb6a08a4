package dev.chatlab.lab04.server;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The server's side of one connection's heartbeat: it pings when nothing was sent to the client for a
 * heartbeat (the contract's rule), and also when nothing was heard from it for a heartbeat since the last ping
 * (the kit's choice: a client that only receives, in a busy room, gets no idle ping, and its pong is what keeps
 * it from falling silent); when nothing arrived from the client for three heartbeats, the connection is dead
 * (a crashed peer, a half-open connection or a stall all look the same: silence) and it is closed, which
 * detaches its session.
 *
 * <p>No timer per frame: one task on the server's timer thread wakes at the earliest of the moments, checks
 * the times the connection's threads record ({@link #sent()} on any thread that queues a frame,
 * {@link #received()} on the reader thread), acts, and schedules itself again. Thread-safe.
 */
final class Heartbeat {

    private final Duration interval;
    private final Duration deadAfter;
    private final ScheduledExecutorService timers;
    private final LongSupplier nanoClock;
    private final Runnable ping;
    private final Runnable dead;
    private volatile long lastSent;
    private volatile long lastReceived;
    private volatile long lastPinged;
    private ScheduledFuture<?> next; // guarded by this
    private boolean stopped;         // guarded by this

    /**
     * A heartbeat, not started yet, that runs {@code ping} (which queues a ping, and so calls {@link #sent()})
     * and {@code dead} (which closes the connection) on {@code timers}.
     */
    Heartbeat(SessionSettings settings, ScheduledExecutorService timers, LongSupplier nanoClock, Runnable ping,
              Runnable dead) {
        this.interval = settings.heartbeat();
        this.deadAfter = settings.deadAfter();
        this.timers = Objects.requireNonNull(timers, "timers");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.ping = Objects.requireNonNull(ping, "ping");
        this.dead = Objects.requireNonNull(dead, "dead");
        long now = nanoClock.getAsLong();
        this.lastSent = now;
        this.lastReceived = now;
        this.lastPinged = now;
    }

    /** Starts watching: from welcome or resumed on. */
    synchronized void start() {
        if (!stopped && next == null) {
            schedule(interval.toNanos());
        }
    }

    /** Stops watching for good: the connection has ended. */
    synchronized void stop() {
        stopped = true;
        if (next != null) {
            next.cancel(false);
        }
    }

    /** A frame was queued for the client. */
    void sent() {
        lastSent = nanoClock.getAsLong();
    }

    /** A frame arrived from the client. */
    void received() {
        lastReceived = nanoClock.getAsLong();
    }

    /** The timer task: declares the connection dead, or pings, then wakes again when the next check is due. */
    private void check() {
        // BEGIN SOLUTION: ping after a heartbeat without sending or hearing; the peer is dead after three of silence
        long now = nanoClock.getAsLong();
        long silent = now - lastReceived;
        if (silent >= deadAfter.toNanos()) {
            stop();
            dead.run();
            return;
        }
        long idle = now - lastSent;
        long unanswered = now - Math.max(lastReceived, lastPinged); // heard nothing since the last ping either
        if (idle >= interval.toNanos() || unanswered >= interval.toNanos()) {
            lastPinged = now;
            ping.run(); // queues the ping: sent() notes it
            idle = 0;
            unanswered = 0;
        }
        long untilPing = interval.toNanos() - Math.max(idle, unanswered);
        long untilDead = deadAfter.toNanos() - silent;
        synchronized (this) {
            if (!stopped) {
                schedule(Math.min(untilPing, untilDead));
            }
        }
        // END SOLUTION
    }

    private void schedule(long delayNanos) {
        try {
            next = timers.schedule(this::check, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            stopped = true; // the server is stopping: its timer thread is gone
        }
    }
}

package dev.chatlab.lab02.server;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The back-pressure part of one {@link OutboundQueue}: when its queue is <em>congested</em> (past
 * {@link #BACK_PRESSURE_BYTES}, or half the bound if that is less), a sender waits for the client's writer to
 * drain it, so the room goes as fast as its slowest reader. The wait is bounded: a client whose queue has not
 * drained within {@link #STALL} of a sender starting to wait is <em>stalled</em> (it takes nothing, or too
 * little), and nobody waits for it again until it has caught up (its queue back under half the mark); it is
 * dropped once its queue passes the bound, like any client that stops reading. So a slow or stalled client
 * holds the room back for at most {@link #STALL}, once.
 *
 * <p>It shares its queue's lock, and sees the queue through {@code waiting}, read under that lock: the bytes
 * a sender would wait for, 0 once the queue is closed. {@link #congested()} and {@link #awaitDrained()} are
 * the senders' side (lab02: the room's, via {@link Session}) and take the lock; the queue calls
 * {@link #written()} and {@link #released()} with it held. Thread-safe.
 *
 * <p>Public, with the senders' side, so that lab04's room makes its senders wait as lab02's does.
 */
public final class OutboundBackPressure {

    /** Queued bytes past which senders wait for the client (or half the bound, if that is less). */
    static final long BACK_PRESSURE_BYTES = 32 * 1024;
    /** How long a sender waits for a congested queue to drain before its client counts as stalled. */
    static final Duration STALL = Duration.ofMillis(500);

    private final ReentrantLock lock;  // the queue's
    private final LongSupplier waiting;
    private final long congestedBytes;
    private final Condition drained; // senders wait here for the writer to make room
    private boolean stalled;         // not drained within STALL of a wait; cleared once it catches up

    /** The back-pressure of a queue of at most {@code maxBytes}, under {@code queueLock}, holding {@code waiting}. */
    OutboundBackPressure(ReentrantLock queueLock, long maxBytes, LongSupplier waiting) {
        this.lock = queueLock;
        this.waiting = waiting;
        this.drained = queueLock.newCondition();
        this.congestedBytes = Math.min(BACK_PRESSURE_BYTES, maxBytes / 2);
    }

    /**
     * True when senders should wait for this client: the queue holds more than its back-pressure mark, is
     * still open, and its socket is not stalled. Never blocks for long (the queue's lock only).
     */
    public boolean congested() {
        lock.lock();
        try {
            return !stalled && waiting.getAsLong() > congestedBytes;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Under the queue's lock: the socket took a batch; waiting senders wake, and a stalled client that has caught
     * up (its queue under half the mark) is waited for again. A trickle of progress alone does not clear it: a
     * client that takes a little at a time must not hold the room back one wait after another.
     */
    void written() {
        if (waiting.getAsLong() <= congestedBytes / 2) {
            stalled = false;
        }
        drained.signalAll();
    }

    /** Under the queue's lock: the queue closed (finished or aborted); nobody needs to wait for it any more. */
    void released() {
        drained.signalAll();
    }

    /**
     * Blocks a sender until the queue has drained to half the back-pressure mark, is closed, or {@link #STALL}
     * has passed (the client is then marked stalled, and nobody waits for it until it has caught up). Blocks for
     * at most {@link #STALL}; call it holding no lock.
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public void awaitDrained() throws InterruptedException {
        lock.lock();
        try {
            long deadline = System.nanoTime() + STALL.toNanos();
            while (!stalled && waiting.getAsLong() > congestedBytes / 2) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    stalled = true; // the client takes nothing: it must not hold the senders back
                    return;
                }
                drained.await(left, TimeUnit.NANOSECONDS);
            }
        } finally {
            lock.unlock();
        }
    }
}

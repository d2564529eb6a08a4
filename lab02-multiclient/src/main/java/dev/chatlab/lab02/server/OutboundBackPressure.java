package dev.chatlab.lab02.server;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The back-pressure part of one {@link OutboundQueue}: when its queue is <em>congested</em> (past
 * {@link #BACK_PRESSURE_BYTES}, or half the bound if that is less), a sender waits for the client's writer to
 * drain it, so the room goes as fast as its slowest reader. The wait is bounded: a client whose socket took no
 * bytes for {@link #STALL} while frames wait is <em>stalled</em>, and nobody waits for it any more; it is
 * dropped once its queue passes the bound, like any client that stops reading.
 *
 * <p>It shares its queue's lock, and sees the queue through {@code waiting}, read under that lock: the bytes
 * a sender would wait for, 0 once the queue is closed. {@link #congested()} and {@link #awaitDrained()} are
 * the senders' side (lab02: the room's, via {@link Session}) and take the lock; the queue calls
 * {@link #written()} and {@link #released()} with it held. Thread-safe.
 */
final class OutboundBackPressure {

    /** Queued bytes past which senders wait for the client (or half the bound, if that is less). */
    static final long BACK_PRESSURE_BYTES = 32 * 1024;
    /** How long the socket may take no bytes while frames wait before the client counts as stalled. */
    static final Duration STALL = Duration.ofSeconds(2);

    private final ReentrantLock lock;  // the queue's
    private final LongSupplier waiting;
    private final long congestedBytes;
    private final Condition drained; // senders wait here for the writer to make room
    private long writes;             // batches written so far: the socket's progress
    private boolean stalled;         // no write completed for STALL while a sender waited

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
    boolean congested() {
        lock.lock();
        try {
            return !stalled && waiting.getAsLong() > congestedBytes;
        } finally {
            lock.unlock();
        }
    }

    /** Under the queue's lock: the socket took a batch; the client is not stalled, and waiting senders wake. */
    void written() {
        writes++;
        stalled = false;
        drained.signalAll();
    }

    /** Under the queue's lock: the queue closed (finished or aborted); nobody needs to wait for it any more. */
    void released() {
        drained.signalAll();
    }

    /**
     * Blocks a sender until the queue has drained to half the back-pressure mark, is closed, or its socket took
     * no bytes for {@link #STALL} (the client is then marked stalled, and nobody waits for it until its socket
     * takes bytes again). Blocks for at most {@link #STALL} without progress; call it holding no lock.
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    void awaitDrained() throws InterruptedException {
        lock.lock();
        try {
            long progress = writes;
            long deadline = System.nanoTime() + STALL.toNanos();
            while (!stalled && waiting.getAsLong() > congestedBytes / 2) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    stalled = true; // the client takes nothing: it must not hold the senders back
                    return;
                }
                drained.await(left, TimeUnit.NANOSECONDS);
                if (writes != progress) {
                    progress = writes;
                    deadline = System.nanoTime() + STALL.toNanos();
                }
            }
        } finally {
            lock.unlock();
        }
    }
}

package dev.chatlab.relay.link;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Where one direction's delivery thread waits before it writes: until a chunk is due (latency, bandwidth) and
 * while the direction is stalled. A stall set or ended meanwhile, and the link's close, wake it at once.
 */
final class DeliveryGate {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private long stalledUntil = System.nanoTime(); // guarded by lock
    private boolean closed;                        // guarded by lock

    /** Holds the bytes from now for {@code duration} (replacing any stall in progress); zero ends a stall. */
    void stallFor(Duration duration) {
        lock.lock();
        try {
            stalledUntil = System.nanoTime() + duration.toNanos();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    boolean stalled() {
        lock.lock();
        try {
            return stalledUntil - System.nanoTime() > 0;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks until {@code dueNanos} ({@link System#nanoTime()}) has come and no stall is in progress.
     *
     * @return false if the gate was closed meanwhile: the caller must stop
     */
    boolean await(long dueNanos) {
        lock.lock();
        try {
            while (!closed) {
                long now = System.nanoTime();
                long wait = Math.max(dueNanos - now, stalledUntil - now);
                if (wait <= 0) {
                    return true;
                }
                changed.awaitNanos(Math.min(wait, TimeUnit.SECONDS.toNanos(1)));
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}

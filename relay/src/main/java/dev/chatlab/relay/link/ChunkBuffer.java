package dev.chatlab.relay.link;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bytes of one direction between its intake and its delivery: chunks in arrival order, each with the
 * time it is due, then possibly the end of the stream. Bounded in bytes: {@link #put} blocks while the buffer
 * is full, so a stalled or throttled direction stops reading its socket and TCP flow control slows the sender.
 */
final class ChunkBuffer {

    /** A chunk of bytes due at {@code dueNanos} ({@link System#nanoTime()}), or the end when data is null. */
    record Chunk(byte[] data, long dueNanos) {
        boolean isEnd() {
            return data == null;
        }
    }

    private final long limit;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Chunk> chunks = new ArrayDeque<>();
    private long queuedBytes; // guarded by lock
    private boolean closed;   // guarded by lock

    /** @param limit the most bytes held; one chunk larger than that is still accepted into an empty buffer */
    ChunkBuffer(long limit) {
        this.limit = limit;
    }

    /** Appends {@code chunk}; blocks while the buffer is full. False once the buffer is closed. */
    boolean put(Chunk chunk) {
        long size = chunk.isEnd() ? 0 : chunk.data().length;
        lock.lock();
        try {
            while (!closed && queuedBytes > 0 && queuedBytes + size > limit) {
                changed.awaitUninterruptibly();
            }
            if (closed) {
                return false;
            }
            chunks.addLast(chunk);
            queuedBytes += size;
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The oldest chunk; blocks while there is none. Null once the buffer is closed. */
    Chunk take() {
        lock.lock();
        try {
            while (!closed && chunks.isEmpty()) {
                changed.awaitUninterruptibly();
            }
            if (closed) {
                return null;
            }
            Chunk chunk = chunks.removeFirst();
            queuedBytes -= chunk.isEnd() ? 0 : chunk.data().length;
            changed.signalAll();
            return chunk;
        } finally {
            lock.unlock();
        }
    }

    /** Drops what is held and wakes both threads: {@link #put} and {@link #take} return at once from now on. */
    void close() {
        lock.lock();
        try {
            closed = true;
            chunks.clear();
            queuedBytes = 0;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}

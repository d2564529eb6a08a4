package dev.chatlab.lab02.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The encoded frames waiting to be written to one client, bounded by the bytes the server holds for it.
 * Any thread may {@link #offer(byte[])} a frame, and offering never blocks; the client's own writer thread
 * runs {@link #drainTo(OutputStream)}, the only place that waits for the client's socket. A frame counts
 * against the bound until it has been written to the socket in full.
 *
 * <p>Public so that a later lab's {@link ChatService} (lab04) offers frames to the queue its connection
 * drains; only the server's own connections drain, finish or abort one.
 */
public final class OutboundQueue {

    private enum State { OPEN, FINISHING, ABORTED }

    private final long maxBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<byte[]> frames = new ArrayDeque<>();
    private long queuedBytes;
    private State state = State.OPEN;

    /** An empty queue that holds at most {@code maxBytes} bytes of frames. */
    OutboundQueue(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("Queue bound must be at least 1 byte: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * Queues {@code frame} for the writer. Never blocks. Returns {@code false} when the frame is not queued:
     * the queue is closed, or the frame would take it over its bound, in which case the queue aborts (drops
     * every frame) and the caller must disconnect the client.
     */
    public boolean offer(byte[] frame) {
        // BEGIN SOLUTION: queue a frame without blocking, refusing it when the queue would exceed its bound
        lock.lock();
        try {
            if (state != State.OPEN) {
                return false;
            }
            if (queuedBytes + frame.length > maxBytes) {
                abort();
                return false;
            }
            frames.addLast(frame);
            queuedBytes += frame.length;
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
        // END SOLUTION
    }

    /** Accepts no more frames; the writer still writes those already queued, then {@link #drainTo} returns. */
    void finish() {
        lock.lock();
        try {
            if (state == State.OPEN) {
                state = State.FINISHING;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Drops every queued frame and accepts no more; {@link #drainTo} returns without writing them. */
    void abort() {
        lock.lock();
        try {
            state = State.ABORTED;
            frames.clear();
            queuedBytes = 0;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes queued frames to {@code out}, in order, until the queue is finished and empty or aborted.
     * Blocks while the queue is empty and while {@code out} accepts no more bytes; run it on the client's
     * own writer thread.
     *
     * @throws IOException if writing fails (the client is gone)
     * @throws InterruptedException if the writer thread is interrupted while waiting
     */
    void drainTo(OutputStream out) throws IOException, InterruptedException {
        // BEGIN SOLUTION: write the queued frames from the client's own writer thread
        while (true) {
            byte[] frame;
            lock.lock();
            try {
                while (state == State.OPEN && frames.isEmpty()) {
                    changed.await();
                }
                if (state == State.ABORTED || frames.isEmpty()) {
                    return;
                }
                frame = frames.peekFirst();
            } finally {
                lock.unlock();
            }
            out.write(frame);
            out.flush();
            lock.lock();
            try {
                if (state != State.ABORTED) {
                    frames.removeFirst();
                    queuedBytes -= frame.length;
                }
            } finally {
                lock.unlock();
            }
        }
        // END SOLUTION
    }
}

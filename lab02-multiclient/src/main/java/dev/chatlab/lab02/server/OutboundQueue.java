package dev.chatlab.lab02.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The encoded frames waiting to be written to one client, bounded by the bytes the server holds for it: the
 * queue's bookkeeping. Any thread may {@link #offer(byte[])} a frame, and offering never blocks; then it calls
 * {@link #wakeWriter()}, at once or after releasing a lock of its own. The client's own writer thread runs
 * {@link #drainTo(OutputStream)}, the only place that waits for the client's socket. A frame counts against
 * the bound until the socket has taken all of it. Under the same lock, the queue's {@link #backPressure()}
 * makes senders wait while it is congested. Thread-safe.
 *
 * <p>Public so that a later lab's {@link ChatService} (lab04) offers frames to the queue its connection
 * drains, wakes its writer, and waits for it when it is congested; only the server's own connections drain,
 * finish or abort one.
 */
public final class OutboundQueue {

    /** The most bytes the writer takes from the queue at once (more when a single frame is longer). */
    static final int BATCH_BYTES = 8 * 1024;

    private enum State { OPEN, FINISHING, ABORTED }

    private final long maxBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition(); // the writer waits here for frames
    private final OutboundBackPressure backPressure;       // the senders' side, under the same lock
    private final ArrayDeque<byte[]> frames = new ArrayDeque<>();
    private long queuedBytes;
    private State state = State.OPEN;
    private volatile boolean writerToWake; // a frame went into the empty queue: wakeWriter() signals the writer

    /** An empty queue that holds at most {@code maxBytes} bytes of frames. */
    OutboundQueue(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("Queue bound must be at least 1 byte: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.backPressure = new OutboundBackPressure(lock, maxBytes, () -> state == State.OPEN ? queuedBytes : 0);
    }

    /**
     * Queues {@code frame} for the writer, without waking it: call {@link #wakeWriter()} next. Never blocks.
     * Returns {@code false} when the frame is not queued: the queue is closed, or the frame would take it over
     * its bound, in which case the queue aborts (drops every frame) and the caller must disconnect the client.
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
            if (frames.isEmpty()) {
                writerToWake = true; // the writer waits only on an empty queue: wake it once, not per frame
            }
            frames.addLast(frame);
            queuedBytes += frame.length;
            return true;
        } finally {
            lock.unlock();
        }
        // END SOLUTION
    }

    /**
     * Wakes the writer if a frame went into the empty queue since it was last woken; otherwise returns at once,
     * without the lock. Blocks only for the queue's lock, which no one holds for long. lab02's room queues a
     * broadcast for every member under its lock and wakes their writers once it has released it, so that the
     * next sender does not wait for thousands of wake-ups.
     */
    public void wakeWriter() {
        if (!writerToWake) {
            return; // the writer is busy with frames queued before, or was woken for them already
        }
        lock.lock();
        try {
            writerToWake = false;
            if (!frames.isEmpty()) { // not written meanwhile by a writer that was awake
                changed.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Accepts no more frames; the writer still writes those already queued, then {@link #drainTo} returns. */
    void finish() {
        lock.lock();
        try {
            if (state == State.OPEN) {
                state = State.FINISHING;
            }
            changed.signalAll();
            backPressure.released();
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
            backPressure.released();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes queued frames to {@code out}, in order, until the queue is finished and empty or aborted. Each round
     * takes every frame queued, up to {@link #BATCH_BYTES}, writes them and flushes once (give it a buffered
     * stream: one system call, one wake-up, for many frames). Blocks while the queue is empty and while
     * {@code out} takes no bytes; run it on the client's own writer thread.
     *
     * @throws IOException if writing fails (the client is gone)
     * @throws InterruptedException if the writer thread is interrupted while waiting
     */
    void drainTo(OutputStream out) throws IOException, InterruptedException {
        // BEGIN SOLUTION: write the queued frames from the client's own writer thread
        List<byte[]> batch = new ArrayList<>();
        while (true) {
            Thread.yield(); // threads that are ready run first: broadcasts under way add to this batch
            lock.lock();
            try {
                while (state == State.OPEN && frames.isEmpty()) {
                    changed.await();
                }
                if (state == State.ABORTED || frames.isEmpty()) {
                    return;
                }
                long batchBytes = 0;
                for (byte[] frame : frames) { // they stay queued, and counted, until the socket took them
                    if (!batch.isEmpty() && batchBytes + frame.length > BATCH_BYTES) {
                        break;
                    }
                    batch.add(frame);
                    batchBytes += frame.length;
                }
            } finally {
                lock.unlock();
            }
            for (byte[] frame : batch) {
                out.write(frame); // into out's buffer: no system call yet
            }
            out.flush();          // the whole batch leaves in one write, outside the lock
            written(batch.size());
            batch.clear();
        }
        // END SOLUTION
    }

    /** The socket took the first {@code count} frames: unless aborted meanwhile, frees them; wakes the senders. */
    private void written(int count) {
        lock.lock();
        try {
            if (state != State.ABORTED) {
                for (int i = 0; i < count; i++) {
                    queuedBytes -= frames.removeFirst().length;
                }
            }
            backPressure.written();
        } finally {
            lock.unlock();
        }
    }

    /** The senders' side of this queue: when it is congested, and the wait for it to drain. */
    public OutboundBackPressure backPressure() {
        return backPressure;
    }
}

package dev.chatlab.lab02.server;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The encoded frames waiting to be written to one client, bounded by the bytes the server holds for it.
 * Any thread may {@link #offer(byte[])} a frame, and offering never blocks; the client's own writer thread
 * runs {@link #drainTo(OutputStream)}, the only place that waits for the client's socket. A frame counts
 * against the bound until it has been written to the socket in full.
 *
 * <p>The writer takes every frame queued (up to {@link #BATCH_BYTES}) into one flush of a buffered stream: one
 * system call, and one wake-up of the writer, for many frames. Past {@link #BACK_PRESSURE_BYTES} the queue is <em>congested</em> and
 * a sender may {@link #awaitDrained() wait} for it to drain (back-pressure); a client whose socket took no
 * bytes for {@link #STALL} while frames wait is <em>stalled</em>, and nobody waits for it any more: it is
 * dropped once its queue passes the bound, like any client that stops reading.
 *
 * <p>Public so that a later lab's {@link ChatService} (lab04) offers frames to the queue its connection
 * drains; only the server's own connections drain, finish or abort one.
 */
public final class OutboundQueue {

    /** The most bytes the writer takes from the queue at once (more when a single frame is longer). */
    static final int BATCH_BYTES = 8 * 1024;
    /** Queued bytes past which senders wait for the client (or half the bound, if that is less). */
    static final long BACK_PRESSURE_BYTES = 32 * 1024;
    /** How long the socket may take no bytes while frames wait before the client counts as stalled. */
    static final Duration STALL = Duration.ofSeconds(2);

    private enum State { OPEN, FINISHING, ABORTED }

    private final long maxBytes;
    private final long congestedBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition(); // the writer waits here for frames
    private final Condition drained = lock.newCondition(); // senders wait here for the writer to make room
    private final ArrayDeque<byte[]> frames = new ArrayDeque<>();
    private long queuedBytes;
    private long writes;      // batches written so far: the socket's progress
    private boolean stalled;  // no write completed for STALL while a sender waited
    private State state = State.OPEN;

    /** An empty queue that holds at most {@code maxBytes} bytes of frames. */
    OutboundQueue(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("Queue bound must be at least 1 byte: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.congestedBytes = Math.min(BACK_PRESSURE_BYTES, maxBytes / 2);
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
            if (frames.isEmpty()) {
                changed.signal(); // the writer waits only on an empty queue: wake it once, not per frame
            }
            frames.addLast(frame);
            queuedBytes += frame.length;
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
            drained.signalAll();
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
            drained.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes queued frames to {@code out}, in order, until the queue is finished and empty or aborted. Each
     * round takes every frame queued, up to {@link #BATCH_BYTES}, writes them all and flushes once: give it a
     * buffered stream, so that many frames share one system call. Blocks while the queue is empty and while
     * {@code out} accepts no more bytes; run it on the client's own writer thread.
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

    /**
     * The writer's bookkeeping once the socket has taken the first {@code count} frames: unless the queue was
     * aborted meanwhile, removes them and frees their bytes; wakes the senders waiting for room.
     */
    private void written(int count) {
        lock.lock();
        try {
            if (state != State.ABORTED) {
                for (int i = 0; i < count; i++) {
                    queuedBytes -= frames.removeFirst().length;
                }
            }
            writes++;
            stalled = false;
            drained.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * True when senders should wait for this client: the queue holds more than its back-pressure mark, is
     * still open, and its socket is not stalled. Never blocks for long (the queue's lock only).
     */
    boolean congested() {
        lock.lock();
        try {
            return state == State.OPEN && !stalled && queuedBytes > congestedBytes;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks a sender until this queue has drained to half its back-pressure mark, is closed, or its socket
     * took no bytes for {@link #STALL} (the queue is then marked stalled, and nobody waits for it until its
     * socket takes bytes again). Blocks for at most {@link #STALL} without progress; call it holding no lock.
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    void awaitDrained() throws InterruptedException {
        lock.lock();
        try {
            long progress = writes;
            long deadline = System.nanoTime() + STALL.toNanos();
            while (state == State.OPEN && !stalled && queuedBytes > congestedBytes / 2) {
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

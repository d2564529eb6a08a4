package dev.chatlab.lab02.server;

import dev.chatlab.lab02.protocol.LeftReason;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab02.protocol.ServerFrameCodec;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The delivery half of the {@link Room}: the room's one lock, the queuing of frames under it, and what must
 * wait until it is released. Under the lock a frame is encoded once and offered to each recipient's
 * {@link OutboundQueue}, which never blocks, so the lock is never held while waiting for a socket. Waking the
 * recipients' writers, closing the socket of a client dropped as slow, logging, and back-pressure wait until
 * the lock is released: {@link #unlock()} does all four. The membership half ({@link Room}) says who the
 * recipients are and what a departure tells the others.
 *
 * <p>Back-pressure: when a frame lands in a congested queue (a client that reads, but slower than the room
 * talks), the thread that caused it (the reader of the client who said something) waits, after releasing the
 * lock, for that queue to drain. While it waits it reads nothing, so TCP slows its client down: senders are
 * slowed, nobody is dropped, and the queues stay short.
 */
abstract class RoomDelivery {

    final ReentrantLock lock = new ReentrantLock();
    final List<String> toLog = new ArrayList<>();                 // log lines written under the lock, printed after it
    private final List<Session> toWake = new ArrayList<>();       // sent frames under the lock, woken after it
    private final List<Session> toDisconnect = new ArrayList<>(); // dropped under the lock, closed after it
    private Session congested;                                    // a recipient to wait for once the lock is released
    private final PrintStream log;

    /** Delivery whose deferred log lines go to {@code log}. */
    RoomDelivery(PrintStream log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Under the lock: removes {@code session}, if it is a member, and tells the others why it left. */
    abstract void remove(Session session, LeftReason reason);

    /**
     * Under the lock: queues {@code frame}, encoded once, for each recipient, then drops those whose queue
     * overflowed. Never blocks.
     */
    final void deliver(ServerFrame frame, Collection<Session> recipients) {
        // BEGIN SOLUTION: queue the frame, encoded once, for each recipient without blocking; drop those that overflow
        byte[] encoded = ServerFrameCodec.encode(frame);
        List<Session> overflowed = new ArrayList<>();
        for (Session recipient : recipients) {
            if (!recipient.offer(encoded)) {
                overflowed.add(recipient);
            } else if (congested == null && recipient.congested()) {
                congested = recipient;
            }
        }
        overflowed.forEach(this::dropLocked); // after the loop: dropping changes the members
        // END SOLUTION
    }

    /** Under the lock: {@code session}'s writer is woken, for the frames queued, once the lock is released. */
    final void wakeLater(Session session) {
        toWake.add(session);
    }

    /** Under the lock: the room forgets {@code session} at once; its socket is closed once the lock is released. */
    final void dropLocked(Session session) {
        toDisconnect.add(session);
        remove(session, LeftReason.SLOW);
    }

    /**
     * Releases the lock, then wakes the writers of the frames queued, disconnects the sessions dropped and prints
     * the lines logged while it was held: waking thousands of writers, a socket that is slow to close, or a
     * stalled stderr, must never make the next sender wait for the lock. Last, if a frame queued under the lock
     * congested a recipient's queue, waits for it to drain: the calling thread is a client's reader, which
     * stops reading meanwhile (bounded: see {@link OutboundBackPressure#awaitDrained()}).
     */
    final void unlock() {
        List<Session> writers = List.copyOf(toWake);
        List<Session> dropped = List.copyOf(toDisconnect);
        List<String> lines = List.copyOf(toLog);
        Session slowReader = congested;
        toWake.clear();
        toDisconnect.clear();
        toLog.clear();
        congested = null;
        lock.unlock();
        writers.forEach(Session::wakeWriter);
        dropped.forEach(Session::disconnect);
        lines.forEach(line -> log.println("chat server: " + line));
        if (slowReader != null) {
            slowReader.awaitDrained();
        }
    }
}

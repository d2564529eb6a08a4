package dev.chatlab.lab04.server;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one lock of a {@link SessionRoom}, as in lab02's room: under it ids are assigned and frames queued in id
 * order, and queuing never blocks. What may block or take long waits for the release: connections dropped
 * under the lock are closed, and the lines logged under it printed, in {@link #unlock()}; and, for a say or a
 * whisper, lab02's back-pressure: if a frame queued under the lock congested a recipient's queue, the sender's
 * reader waits for it in {@link #unlockAndAwaitDrained()}. Reentrant: a reply that overflows is dropped under
 * the outer hold, and the outer release does the rest.
 */
final class RoomLock {

    private final ReentrantLock lock = new ReentrantLock();
    private final List<SessionConnection> toClose = new ArrayList<>(); // closed once the lock is released
    private final List<String> toLog = new ArrayList<>();               // printed once the lock is released
    private SessionConnection waitFor;                                  // a say's sender waits for it after release
    private final PrintStream log;

    /** A lock whose lines go to {@code log}, each as {@code chat server: <line>}. */
    RoomLock(PrintStream log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Takes the lock; every {@code lock()} is followed by an {@link #unlock()} in a finally block. */
    void lock() {
        lock.lock();
    }

    /** Under the lock: closes {@code connection} once the lock is released. */
    void closeLater(SessionConnection connection) {
        toClose.add(connection);
    }

    /** Under the lock: logs {@code line} once the lock is released. */
    void logLater(String line) {
        toLog.add(line);
    }

    /**
     * Under the lock: {@code connection}'s queue is congested; a sender waits for it once the lock is released
     * (see {@link #unlockAndAwaitDrained()}). Only the first one noted is waited for: one wait is enough.
     */
    void waitForLater(SessionConnection connection) {
        if (waitFor == null) {
            waitFor = connection;
        }
    }

    /** Under the lock: whether a congested recipient was noted since the lock was taken. */
    boolean waitsForSomeone() {
        return waitFor != null;
    }

    /**
     * Releases the lock, then closes the connections dropped and prints the lines logged while it was held; a
     * nested release leaves both to the outer one. A congested recipient is forgotten: only a sender waits.
     */
    void unlock() {
        if (lock.getHoldCount() > 1) {
            lock.unlock();
            return;
        }
        List<SessionConnection> closing = List.copyOf(toClose);
        List<String> lines = List.copyOf(toLog);
        toClose.clear();
        toLog.clear();
        waitFor = null;
        lock.unlock();
        closing.forEach(SessionConnection::close);
        lines.forEach(line -> log.println("chat server: " + line));
    }

    /**
     * {@link #unlock()}, then, if a frame queued under the lock congested a recipient's queue, waits for that
     * queue to drain: the calling thread is the reader of the client who said something, and it reads nothing
     * meanwhile, so TCP slows that client (lab02's back-pressure, at most {@code OutboundBackPressure.STALL} per
     * stalled recipient). Never call it from a timer thread.
     */
    void unlockAndAwaitDrained() {
        SessionConnection slowReader = lock.getHoldCount() == 1 ? waitFor : null;
        unlock();
        if (slowReader != null) {
            slowReader.awaitDrained();
        }
    }
}

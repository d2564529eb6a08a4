package dev.chatlab.lab04.server;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one lock of a {@link SessionRoom}, as in lab02's room: under it ids are assigned and frames queued in id
 * order, and queuing never blocks. What may block or take long waits for the release: connections dropped
 * under the lock are closed, and the lines logged under it printed, in {@link #unlock()}. Reentrant: a reply
 * that overflows is dropped under the outer hold, and the outer release does the rest.
 */
final class RoomLock {

    private final ReentrantLock lock = new ReentrantLock();
    private final List<SessionConnection> toClose = new ArrayList<>(); // closed once the lock is released
    private final List<String> toLog = new ArrayList<>();               // printed once the lock is released
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
     * Releases the lock, then closes the connections dropped and prints the lines logged while it was held; a
     * nested release leaves both to the outer one.
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
        lock.unlock();
        closing.forEach(SessionConnection::close);
        lines.forEach(line -> log.println("chat server: " + line));
    }
}

package dev.chatlab.relay.link;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The links of a relay by number: every open link, and the most recent closed ones (so that a test can read
 * a capture after the link ended). Numbers start at 1 and follow the order of accept. Thread-safe.
 */
public final class LinkTable {

    /** The closed links kept for their captures. */
    public static final int CLOSED_KEPT = 256;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition added = lock.newCondition();
    private final TreeMap<Integer, RelayLink> open = new TreeMap<>(); // guarded by lock
    private final ArrayDeque<RelayLink> closed = new ArrayDeque<>();  // guarded by lock; newest last
    private int lastId;                                               // guarded by lock
    private int started;                                              // guarded by lock

    /** The number of the next link. */
    public int nextId() {
        lock.lock();
        try {
            return ++lastId;
        } finally {
            lock.unlock();
        }
    }

    /** Adds a link that is about to start. */
    public void add(RelayLink link) {
        lock.lock();
        try {
            open.put(link.id(), link);
            started++;
            added.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Moves a link that has closed to the closed ones, dropping the oldest beyond {@link #CLOSED_KEPT}. */
    public void closed(RelayLink link) {
        lock.lock();
        try {
            if (open.remove(link.id()) != null) {
                closed.addLast(link);
                if (closed.size() > CLOSED_KEPT) {
                    closed.removeFirst();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** The open links, oldest first. */
    public List<RelayLink> open() {
        lock.lock();
        try {
            return List.copyOf(open.values());
        } finally {
            lock.unlock();
        }
    }

    /** The open link numbered {@code id}. */
    public Optional<RelayLink> findOpen(int id) {
        lock.lock();
        try {
            return Optional.ofNullable(open.get(id));
        } finally {
            lock.unlock();
        }
    }

    /** The link numbered {@code id}, open or among the recent closed ones. */
    public Optional<RelayLink> find(int id) {
        lock.lock();
        try {
            RelayLink link = open.get(id);
            return link != null ? Optional.of(link)
                    : closed.stream().filter(old -> old.id() == id).findFirst();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks until {@code count} links in all have started forwarding (connected to the target), or
     * {@code timeout} has passed.
     *
     * @return false on timeout
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public boolean awaitStarted(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (started < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                added.await(left, TimeUnit.NANOSECONDS);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}

package dev.chatlab.lab04.server;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The reference {@link History}: one ring of the server's last {@code capacity} messages and whispers, in id
 * order, encoded once. Every id the server assigns goes in, so the ring holds the ids
 * {@code (evictedThrough, newest]} without a hole, and a resume after id {@code last} has a gap exactly when
 * {@code evictedThrough > last}. Not thread-safe: the room uses it under its lock.
 */
final class HistoryRing implements History {

    private final int capacity;
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private long evictedThrough; // the id of the newest entry evicted, 0 while none was

    /** An empty ring of at most {@code capacity} entries (at least 1). */
    HistoryRing(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("History must hold at least 1 frame: " + capacity);
        }
        this.capacity = capacity;
    }

    /** Adds the newest entry, whose id is above every id already in, evicting the oldest when the ring is full. */
    @Override
    public void add(Entry entry) {
        // BEGIN SOLUTION: keep the last frames in a bounded ring and remember what it evicted
        if (!entries.isEmpty() && entry.id() <= entries.peekLast().id()) {
            throw new IllegalArgumentException("History ids must increase: " + entry.id() + " after "
                    + entries.peekLast().id());
        }
        if (entries.size() == capacity) {
            evictedThrough = entries.removeFirst().id();
        }
        entries.addLast(entry);
        // END SOLUTION
    }

    /**
     * The frames after id {@code last} that {@code nick} received, in id order, and whether the ring has
     * evicted frames after {@code last} (then those it still holds follow all the same).
     */
    @Override
    public Replay after(long last, String nick) {
        // BEGIN SOLUTION: replay what a nick missed after an id, in id order, and say when the ring lost some
        boolean gap = evictedThrough > last;
        List<byte[]> frames = entries.stream()
                .filter(entry -> entry.id() > last && entry.isFor(nick))
                .map(Entry::frame)
                .toList();
        return new Replay(frames, gap);
        // END SOLUTION
    }

    @Override
    public int size() {
        return entries.size();
    }
}

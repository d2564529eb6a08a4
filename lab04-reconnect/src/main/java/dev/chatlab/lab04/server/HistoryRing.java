package dev.chatlab.lab04.server;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;

/**
 * The server's last {@code capacity} messages and whispers, in id order, encoded once: what a resume replays.
 * Every id the server assigns goes in, so the ring holds the ids {@code (evictedThrough, newest]} without a
 * hole, and a resume after id {@code last} has a gap exactly when {@code evictedThrough > last}. Not
 * thread-safe: the room uses it under its lock.
 */
final class HistoryRing {

    /** One frame of the history: a message ({@code to} null) or a whisper, and its encoded line. */
    record Entry(long id, String from, String to, byte[] frame) {
        Entry {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(frame, "frame");
        }

        /** Whether {@code nick} received this frame: everyone a message, the two ends a whisper (any case). */
        boolean isFor(String nick) {
            return to == null || from.equalsIgnoreCase(nick) || to.equalsIgnoreCase(nick);
        }
    }

    /** What a resume replays: the frames, in id order, and whether some that it should hold were evicted. */
    record Replay(List<byte[]> frames, boolean gap) {
        Replay {
            frames = List.copyOf(frames);
        }
    }

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
    void add(Entry entry) {
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
    Replay after(long last, String nick) {
        // BEGIN SOLUTION: replay what a nick missed after an id, in id order, and say when the ring lost some
        boolean gap = evictedThrough > last;
        List<byte[]> frames = entries.stream()
                .filter(entry -> entry.id() > last && entry.isFor(nick))
                .map(Entry::frame)
                .toList();
        return new Replay(frames, gap);
        // END SOLUTION
    }

    /** The entries held now. */
    int size() {
        return entries.size();
    }
}

package dev.chatlab.lab04.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The reference {@link CidTable}: the last {@code capacity} cids of a session and their ids, the oldest
 * forgotten first. The kit's client holds at most {@code Outbox.CAPACITY} frames unacknowledged, far fewer
 * than {@link CidTable#CAPACITY}. Not thread-safe: the room uses it under its lock.
 */
final class RecentCids implements CidTable {

    private final Map<String, Long> ids;

    /** An empty table of at most {@code capacity} cids (at least 1). */
    RecentCids(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A cid table must hold at least 1 cid: " + capacity);
        }
        this.ids = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public OptionalLong idOf(String cid) {
        Long id = ids.get(cid);
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }

    @Override
    public void remember(String cid, long id) {
        ids.put(cid, id);
    }

    @Override
    public int size() {
        return ids.size();
    }

    @Override
    public void clear() {
        ids.clear();
    }
}

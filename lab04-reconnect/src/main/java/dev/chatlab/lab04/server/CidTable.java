package dev.chatlab.lab04.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One session's cids and the ids they got: a say or whisper sent again with the same cid (after a resume,
 * because its ack was lost) is acknowledged with the id it got the first time instead of being delivered
 * twice. The table keeps the last {@link #CAPACITY} cids of the session, far more than a client has
 * unacknowledged at once (the kit's client holds at most {@code Outbox.CAPACITY}). Not thread-safe: the room
 * uses it under its lock.
 */
final class CidTable {

    /** How many cids a session remembers. */
    static final int CAPACITY = 1024;

    private final Map<String, Long> ids = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The id that {@code cid} got, or {@code null} if this session has not sent it (or long ago). */
    Long idOf(String cid) {
        return ids.get(cid);
    }

    /** Remembers that {@code cid} got {@code id}. */
    void remember(String cid, long id) {
        ids.put(cid, id);
    }

    /** The cids remembered now. */
    int size() {
        return ids.size();
    }

    /** Forgets every cid: the session has ended. */
    void clear() {
        ids.clear();
    }
}

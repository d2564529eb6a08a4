package dev.chatlab.lab04.server;

import java.util.OptionalLong;

/**
 * A part of the server: one session's memory of the cids it sent and the ids they got. <b>What this part
 * decides:</b> whether a say or whisper is a resend. A cid the table knows is acknowledged with the id it got
 * the first time and not delivered again; a cid it does not know (never sent, or forgotten) is delivered as a
 * new message. So the table is what makes resending safe: at-least-once sending plus this table is
 * effectively-once delivery. The room makes one per session ({@link ServerParts#cids()}) and uses it under its
 * lock only, so an implementation need not be thread-safe.
 */
public interface CidTable {

    /** How many cids the reference table of a session remembers: far more than a client has unacknowledged. */
    int CAPACITY = 1024;

    /** The id that {@code cid} got, or empty if this session has not sent it (or it was forgotten). */
    OptionalLong idOf(String cid);

    /** Remembers that {@code cid} got {@code id}. */
    void remember(String cid, long id);

    /** The cids remembered now. */
    int size();

    /** Forgets every cid: the session has ended. */
    void clear();

    /** The reference table: the last {@code capacity} cids of the session (at least 1). */
    static CidTable recent(int capacity) {
        return new RecentCids(capacity);
    }
}

package dev.chatlab.lab04.server;

import java.util.Objects;
import java.util.concurrent.Future;

/**
 * A registered nick's session, which outlives its connections: its id (what {@code resume} presents), the
 * id of the last frame sent before it joined (a resume never replays older ones), its cids, and the
 * connection it is attached to, if any. Between connections it is <em>detached</em>: its nick stays
 * reserved and listed, its whispers are kept in the history, and an expiry timer runs.
 *
 * <p>Not thread-safe: every field but the constants is read and written under the {@link SessionRoom}'s lock.
 */
final class ChatSession {

    private final String nick;
    private final String id;
    private final long joinedAfter;
    private final CidTable cids;
    private SessionConnection connection; // null while detached
    private Future<?> expiry;              // non-null while detached

    /**
     * A session for {@code nick}, with id {@code id}, joining when {@code joinedAfter} was the last id sent,
     * remembering its cids in {@code cids}.
     */
    ChatSession(String nick, String id, long joinedAfter, CidTable cids) {
        this.nick = Objects.requireNonNull(nick, "nick");
        this.id = Objects.requireNonNull(id, "id");
        this.joinedAfter = joinedAfter;
        this.cids = Objects.requireNonNull(cids, "cids");
    }

    String nick() {
        return nick;
    }

    String id() {
        return id;
    }

    long joinedAfter() {
        return joinedAfter;
    }

    CidTable cids() {
        return cids;
    }

    /** The connection the session is attached to, or {@code null} while detached. */
    SessionConnection connection() {
        return connection;
    }

    /** Attaches {@code connection}, stopping the expiry timer; returns the connection attached before, if any. */
    SessionConnection attach(SessionConnection connection) {
        SessionConnection before = this.connection;
        this.connection = Objects.requireNonNull(connection, "connection");
        cancelExpiry();
        return before;
    }

    /** Detaches the connection; {@code expiry} ends the session unless a resume comes first. */
    void detach(Future<?> expiry) {
        this.connection = null;
        this.expiry = Objects.requireNonNull(expiry, "expiry");
    }

    /** Whether the session waits for a resume. */
    boolean isDetached() {
        return connection == null;
    }

    /** Frees what the session holds: the end of the session (bye, timeout, slow, disconnect). */
    void end() {
        cancelExpiry();
        cids.clear();
        connection = null;
    }

    private void cancelExpiry() {
        if (expiry != null) {
            expiry.cancel(false);
            expiry = null;
        }
    }
}

package dev.chatlab.lab04.server;

import dev.chatlab.lab02.protocol.LeftReason;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What becomes of a session when its connection ends, in a {@link SessionRoom}. A bye ends it at once
 * ({@code left bye}), and so does a close the server decided ({@code left disconnect}: ten errors, say). Any
 * other end (end of stream, I/O error, heartbeat silence) only detaches it: nothing is announced, the nick
 * stays reserved and listed, and the {@link SessionExpiry} part decides when it ends ({@code left timeout})
 * unless a resume attaches a new connection first.
 */
final class DetachedSessions {

    private final RoomMembers members;
    private final RoomLock lock;
    private final SessionExpiry expiry;
    private final Duration resumeWindow;
    private final ScheduledExecutorService timers;

    /** Detached sessions of {@code members}, ended by {@code expiry} after {@code resumeWindow} on {@code timers}. */
    DetachedSessions(RoomMembers members, RoomLock lock, SessionExpiry expiry, Duration resumeWindow,
                     ScheduledExecutorService timers) {
        this.members = Objects.requireNonNull(members, "members");
        this.lock = Objects.requireNonNull(lock, "lock");
        this.expiry = Objects.requireNonNull(expiry, "expiry");
        this.resumeWindow = Objects.requireNonNull(resumeWindow, "resumeWindow");
        this.timers = Objects.requireNonNull(timers, "timers");
    }

    /**
     * Under the lock: {@code connection} has stopped reading, for {@code reason}; {@code serverClosed} when the
     * server decided it. Nothing happens if it never registered or its session has moved on.
     */
    void connectionEnded(SessionConnection connection, LeftReason reason, boolean serverClosed) {
        ChatSession session = connection.session();
        if (session == null || session.connection() != connection) {
            return;
        }
        if (reason == LeftReason.BYE) {
            members.end(session, LeftReason.BYE);
        } else if (serverClosed) {
            members.end(session, LeftReason.DISCONNECT);
        } else {
            detach(session);
        }
    }

    private void detach(ChatSession session) {
        try {
            session.detach(expiry.start(() -> expire(session), resumeWindow, timers));
            lock.logLater(session.nick() + " detached; waiting " + resumeWindow.toMillis() + " ms for a resume");
        } catch (RejectedExecutionException stopping) {
            members.end(session, LeftReason.DISCONNECT); // the server is stopping: nobody will resume
        }
    }

    /** The expiry: ends the session if it is still detached. */
    private void expire(ChatSession session) {
        lock.lock();
        try {
            if (session.isDetached() && members.holds(session)) {
                members.end(session, LeftReason.TIMEOUT);
            }
        } finally {
            lock.unlock();
        }
    }
}

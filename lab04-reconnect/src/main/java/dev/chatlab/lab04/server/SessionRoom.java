package dev.chatlab.lab04.server;

import dev.chatlab.lab02.protocol.LeftReason;
import dev.chatlab.lab02.protocol.ProtocolException;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab02.server.ChatService;
import dev.chatlab.lab02.server.ConnectionGuard;
import dev.chatlab.lab02.server.FrameHandler;
import dev.chatlab.lab02.server.OutboundQueue;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;

/**
 * lab04's room, the {@link ChatService} that lab02's server talks to: sessions that outlive their
 * connections. As in lab02's room everything happens under one lock ({@link RoomLock}), ids are assigned and
 * frames queued in id order, queuing never blocks, and sockets are closed and lines logged only once the lock
 * is released. This class takes the lock and hands each request to the class of its topic: hello and resume
 * to {@link SessionRegistration}, says and whispers to {@link MessageDelivery} (history and acks), lost
 * connections to {@link DetachedSessions} (detach and expiry); the members and the fan-out are
 * {@link RoomMembers}. As in lab02, a say or whisper that congests a recipient's queue makes its sender's reader
 * wait for that queue once the lock is released (back-pressure). Thread-safe.
 */
final class SessionRoom implements ChatService {

    private final RoomLock lock;
    private final RoomMembers members;
    private final History history;
    private final MessageDelivery delivery;
    private final DetachedSessions detached;
    private final SessionRegistration registration;
    private final SessionSettings settings;
    private final ScheduledExecutorService timers;
    private final LongSupplier nanoClock;

    /**
     * An empty room with {@code settings} and {@code parts} (cid tables, history, expiry), whose heartbeats and
     * expiry timers run on {@code timers}; messages are stamped with {@code clock}'s time, heartbeats measured
     * with {@code nanoClock}; joins, departures and resumes go to {@code log}.
     */
    SessionRoom(SessionSettings settings, ServerParts parts, ScheduledExecutorService timers, Clock clock,
                LongSupplier nanoClock, PrintStream log) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(parts, "parts");
        this.timers = Objects.requireNonNull(timers, "timers");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.lock = new RoomLock(log);
        this.members = new RoomMembers(lock);
        this.history = Objects.requireNonNull(parts.history().apply(settings.history()), "history");
        this.delivery = new MessageDelivery(members, history, clock);
        this.registration = new SessionRegistration(members, lock, history, delivery, parts, settings);
        this.detached = new DetachedSessions(members, lock, parts.expiry(), settings.resumeWindow(), timers);
    }

    @Override
    public FrameHandler attach(OutboundQueue outbound, ConnectionGuard guard, Runnable close) {
        return new SessionConnection(this, outbound, guard, close, settings, timers, nanoClock);
    }

    /** Registers {@code nick} on {@code connection} in a new session (hello). */
    void join(SessionConnection connection, String nick) throws ProtocolException {
        lock.lock();
        try {
            registration.join(connection, nick);
        } finally {
            lock.unlock();
        }
    }

    /** Attaches the session {@code id} to {@code connection} and replays what it missed after id {@code last}. */
    void resume(SessionConnection connection, String id, long last) throws ProtocolException {
        lock.lock();
        try {
            registration.resume(connection, id, last);
        } finally {
            lock.unlock();
        }
    }

    /** Sends {@code text} from the session of {@code connection} to every member, the sender included. */
    void say(SessionConnection connection, String text, String cid) {
        lock.lock();
        try {
            delivery.say(connection, text, cid);
        } finally {
            lock.unlockAndAwaitDrained(); // back-pressure: a congested recipient slows this sender
        }
    }

    /** Sends {@code text} to the member {@code to} (any case, detached or not) and back to the sender. */
    void whisper(SessionConnection connection, String to, String text, String cid) throws ProtocolException {
        lock.lock();
        try {
            delivery.whisper(connection, to, text, cid);
        } finally {
            lock.unlockAndAwaitDrained(); // back-pressure: a congested recipient slows this sender
        }
    }

    /** Answers who: the users, detached ones included, sorted ignoring case. */
    void who(SessionConnection connection) {
        lock.lock();
        try {
            connection.reply(new ReconnectServerFrame.Chat(new ServerFrame.Users(members.users())));
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@code connection} has stopped reading: a bye or a close the server decided ({@code serverClosed}) ends
     * its session, any other end detaches it ({@link DetachedSessions}).
     */
    void connectionEnded(SessionConnection connection, LeftReason reason, boolean serverClosed) {
        lock.lock();
        try {
            detached.connectionEnded(connection, reason, serverClosed);
        } finally {
            lock.unlock();
        }
    }

    /** Drops {@code connection}, whose queue overflowed: its session ends at once with left slow. */
    void drop(SessionConnection connection) {
        lock.lock();
        try {
            members.drop(connection);
        } finally {
            lock.unlock();
        }
    }

    /** What the room holds now, for tests that check that an ended session frees everything. */
    SessionStats stats() {
        lock.lock();
        try {
            return members.stats(history.size());
        } finally {
            lock.unlock();
        }
    }
}

package dev.chatlab.lab04.server;

import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.LeftReason;
import dev.chatlab.lab02.protocol.ProtocolException;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab02.server.ChatService;
import dev.chatlab.lab02.server.ConnectionGuard;
import dev.chatlab.lab02.server.FrameHandler;
import dev.chatlab.lab02.server.OutboundQueue;
import dev.chatlab.lab04.protocol.ReconnectServerCodec;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * lab04's room, the {@link ChatService} that lab02's server talks to: the sessions (which outlive their
 * connections), the id counter and the {@link History}. As in lab02's room everything happens under one
 * lock, ids are assigned and frames queued in id order, queuing never blocks, and sockets are closed and
 * lines logged only once the lock is released ({@link #unlock()}).
 *
 * <p>What lab04 adds: every message and whisper also goes into the history, so that a detached session's
 * resume replays what it missed; a say or whisper with a cid is acknowledged, once per cid and session; a
 * lost connection detaches its session (nothing is announced), and a timer on {@code timers} ends it
 * ({@code left timeout}) unless a resume attaches a new connection first. Thread-safe.
 */
final class SessionRoom implements ChatService {

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, ChatSession> members = new TreeMap<>(); // by lower-cased nick: sorted ignoring case
    private final Map<String, ChatSession> sessions = new HashMap<>(); // by session id
    private final List<SessionConnection> toClose = new ArrayList<>(); // closed once the lock is released
    private final List<String> toLog = new ArrayList<>();               // printed once the lock is released
    private final SessionTokens tokens = new SessionTokens();
    private final History history;
    private final ServerParts parts;
    private final SessionSettings settings;
    private final ScheduledExecutorService timers;
    private final Clock clock;
    private final LongSupplier nanoClock;
    private final PrintStream log;
    private long lastId;

    /**
     * An empty room with {@code settings}, whose heartbeats and expiry timers run on {@code timers}; messages
     * are stamped with {@code clock}'s time, heartbeats measured with {@code nanoClock}; joins, departures and
     * resumes go to {@code log}. Its cid tables, history and expiry are {@code parts}.
     */
    SessionRoom(SessionSettings settings, ServerParts parts, ScheduledExecutorService timers, Clock clock,
                LongSupplier nanoClock, PrintStream log) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.timers = Objects.requireNonNull(timers, "timers");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.log = Objects.requireNonNull(log, "log");
        this.parts = Objects.requireNonNull(parts, "parts");
        this.history = Objects.requireNonNull(parts.history().apply(settings.history()), "history");
    }

    @Override
    public FrameHandler attach(OutboundQueue outbound, ConnectionGuard guard, Runnable close) {
        return new SessionConnection(this, outbound, guard, close, settings, timers, nanoClock);
    }

    /** Registers {@code nick} on {@code connection} in a new session: welcome (with its id) to it, joined to the others. */
    void join(SessionConnection connection, String nick) throws ProtocolException {
        lock.lock();
        try {
            if (members.containsKey(key(nick))) {
                throw new ProtocolException(ErrorCode.NICK_TAKEN, "The nick " + nick + " is taken.");
            }
            ChatSession session = new ChatSession(nick, tokens.next(), lastId, parts.cids().get());
            deliver(ReconnectServerCodec.encode(new ServerFrame.Joined(nick)), members.values());
            members.put(key(nick), session);
            sessions.put(session.id(), session);
            session.attach(connection);
            connection.registered(session);
            connection.reply(new ReconnectServerFrame.Welcome(nick, users(), session.id(),
                    settings.heartbeatSeconds(), settings.resumeSeconds()));
            toLog.add(nick + " joined");
        } finally {
            unlock();
        }
    }

    /**
     * Attaches the session {@code id} to {@code connection}: closes the connection it had, if still open, then
     * queues resumed and the frames missed after id {@code last}, before any live frame.
     */
    void resume(SessionConnection connection, String id, long last) throws ProtocolException {
        lock.lock();
        try {
            ChatSession session = sessions.get(id);
            if (session == null) {
                throw new ProtocolException(ErrorCode.SESSION_EXPIRED,
                        "That session is unknown or has expired; send hello to join again.");
            }
            // BEGIN SOLUTION: take the session over, then queue resumed and the missed frames before any live frame
            SessionConnection before = session.attach(connection);
            if (before != null) {
                toClose.add(before); // a resume while the old connection is still open closes the old one
            }
            connection.registered(session);
            History.Replay replay = history.after(Math.max(last, session.joinedAfter()), session.nick());
            connection.reply(new ReconnectServerFrame.Resumed(session.nick(), users(), replay.gap(),
                    replay.frames().size()));
            for (byte[] frame : replay.frames()) {
                if (!connection.offer(frame)) {
                    dropLocked(connection);
                    break;
                }
            }
            toLog.add(session.nick() + " resumed (" + replay.frames().size() + " missed" + (replay.gap() ? ", gap" : "")
                    + (before != null ? "; its old connection closed" : "") + ")");
            // END SOLUTION
        } finally {
            unlock();
        }
    }

    /** Sends {@code text} from the session of {@code connection} to every member, the sender included. */
    void say(SessionConnection connection, String text, String cid) {
        lock.lock();
        try {
            post(connection, cid, members.values(), id -> ReconnectServerCodec.encode(
                    new ServerFrame.Message(id, connection.session().nick(), text, now())), null);
        } finally {
            unlock();
        }
    }

    /** Sends {@code text} to the member {@code to} (any case, detached or not) and back to the sender. */
    void whisper(SessionConnection connection, String to, String text, String cid) throws ProtocolException {
        lock.lock();
        try {
            ChatSession recipient = members.get(key(to));
            if (recipient == null) {
                throw new ProtocolException(ErrorCode.NO_SUCH_USER, "Nobody called " + to + " is here.");
            }
            ChatSession sender = connection.session();
            List<ChatSession> audience = recipient == sender ? List.of(sender) : List.of(recipient, sender);
            post(connection, cid, audience, id -> ReconnectServerCodec.encode(
                    new ServerFrame.Whisper(id, sender.nick(), recipient.nick(), text, now())), recipient.nick());
        } finally {
            unlock();
        }
    }

    /**
     * Under the lock: assigns the next id to the frame {@code encode} makes, keeps it in the history, queues it
     * for {@code audience} and acknowledges {@code cid}; a cid this session sent before is acknowledged with
     * its first id and nothing is delivered. {@code to} is the whisper's recipient, null for a message.
     */
    private void post(SessionConnection connection, String cid, Collection<ChatSession> audience,
                      LongFunction<byte[]> encode, String to) {
        ChatSession sender = connection.session();
        if (sender == null || sender.connection() != connection) {
            return; // the session ended or moved to another connection meanwhile
        }
        // BEGIN SOLUTION: deliver a say or whisper once per cid, and acknowledge every copy with the first id
        OptionalLong first = cid == null ? OptionalLong.empty() : sender.cids().idOf(cid);
        if (first.isPresent()) {
            connection.reply(new ReconnectServerFrame.Ack(cid, first.getAsLong()));
            return;
        }
        long id = ++lastId;
        byte[] frame = encode.apply(id);
        history.add(new History.Entry(id, sender.nick(), to, frame));
        deliver(frame, audience);
        if (cid != null) {
            sender.cids().remember(cid, id);
            connection.reply(new ReconnectServerFrame.Ack(cid, id));
        }
        // END SOLUTION
    }

    /** Answers who: the users, detached ones included, sorted ignoring case. */
    void who(SessionConnection connection) {
        lock.lock();
        try {
            connection.reply(new ReconnectServerFrame.Chat(new ServerFrame.Users(users())));
        } finally {
            unlock();
        }
    }

    /**
     * {@code connection} has stopped reading. A bye or a close the server decided ({@code serverClosed}: ten
     * errors, say) ends its session at once; any other end (end of stream, I/O error, heartbeat silence)
     * detaches it, and the session ends with {@code left timeout} unless a resume comes within the window.
     * Nothing happens if the connection never registered or its session has moved on.
     */
    void connectionEnded(SessionConnection connection, LeftReason reason, boolean serverClosed) {
        lock.lock();
        try {
            ChatSession session = connection.session();
            if (session == null || session.connection() != connection) {
                return;
            }
            if (reason == LeftReason.BYE) {
                end(session, LeftReason.BYE);
            } else if (serverClosed) {
                end(session, LeftReason.DISCONNECT);
            } else {
                detach(session);
            }
        } finally {
            unlock();
        }
    }

    private void detach(ChatSession session) {
        try {
            session.detach(parts.expiry().start(() -> expire(session), settings.resumeWindow(), timers));
            toLog.add(session.nick() + " detached; waiting " + settings.resumeWindow().toMillis() + " ms for a resume");
        } catch (RejectedExecutionException stopping) {
            end(session, LeftReason.DISCONNECT); // the server is stopping: nobody will resume
        }
    }

    /** The expiry timer: ends the session if it is still detached. */
    private void expire(ChatSession session) {
        lock.lock();
        try {
            if (session.isDetached() && sessions.get(session.id()) == session) {
                end(session, LeftReason.TIMEOUT);
            }
        } finally {
            unlock();
        }
    }

    /** Drops {@code connection}, whose queue overflowed: its session ends at once with left slow. */
    void drop(SessionConnection connection) {
        lock.lock();
        try {
            dropLocked(connection);
        } finally {
            unlock();
        }
    }

    private void dropLocked(SessionConnection connection) {
        toClose.add(connection);
        ChatSession session = connection.session();
        if (session != null && session.connection() == connection) {
            end(session, LeftReason.SLOW);
        }
    }

    /** Under the lock: forgets {@code session} and everything it holds, then tells the others why it left. */
    private void end(ChatSession session, LeftReason reason) {
        if (members.remove(key(session.nick()), session)) {
            sessions.remove(session.id());
            session.end();
            deliver(ReconnectServerCodec.encode(new ServerFrame.Left(session.nick(), reason)), members.values());
            toLog.add(session.nick() + " left (" + reason.wireName() + ")");
        }
    }

    /** Queues {@code frame} for every attached session of {@code recipients}, then drops those that overflowed. */
    private void deliver(byte[] frame, Collection<ChatSession> recipients) {
        List<SessionConnection> overflowed = new ArrayList<>();
        for (ChatSession recipient : recipients) {
            SessionConnection connection = recipient.connection();
            if (connection != null && !connection.offer(frame)) {
                overflowed.add(connection);
            }
        }
        overflowed.forEach(this::dropLocked); // after the loop: dropping changes the members
    }

    /** What the room holds now, for tests that check that an ended session frees everything. */
    SessionStats stats() {
        lock.lock();
        try {
            int attached = (int) members.values().stream().filter(session -> !session.isDetached()).count();
            int cids = members.values().stream().mapToInt(session -> session.cids().size()).sum();
            return new SessionStats(sessions.size(), members.size(), attached, cids, history.size(), 0);
        } finally {
            unlock();
        }
    }

    /**
     * Releases the lock, then closes the connections dropped and prints the lines logged while it was held; a
     * nested release (a reply that overflowed, dropped under the outer hold) leaves both to the outer one.
     */
    private void unlock() {
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

    private List<String> users() {
        return members.values().stream().map(ChatSession::nick).toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String key(String nick) {
        return nick.toLowerCase(Locale.ROOT);
    }
}

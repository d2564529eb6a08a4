package dev.chatlab.lab02.server;

import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.LeftReason;
import dev.chatlab.lab02.protocol.ProtocolException;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab02.protocol.ServerFrameCodec;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one chat room: the registered sessions and the message id counter, the only state that clients
 * share. Everything happens under one lock: an id is assigned and its frame, encoded once, queued for every
 * recipient before the next id, so every client receives frames in id order. Queuing never blocks (see
 * {@link OutboundQueue}), so the lock is never held while waiting for a socket. Closing the socket of a client
 * dropped as slow, logging, and back-pressure wait until the lock is released: {@link #unlock()} does all
 * three. Thread-safe.
 *
 * <p>Back-pressure: when a frame lands in a congested queue (a client that reads, but slower than the room
 * talks), the thread that caused it (the reader of the client who said something) waits, after releasing the
 * lock, for that queue to drain. While it waits it reads nothing, so TCP slows its client down: senders are
 * slowed, nobody is dropped, and the queues stay short.
 */
final class Room implements ChatService {

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Session> members = new TreeMap<>(); // by lower-cased nick, so sorted ignoring case
    private final List<Session> toDisconnect = new ArrayList<>(); // dropped under the lock, closed after it
    private final List<String> toLog = new ArrayList<>();          // log lines written under the lock, printed after it
    private Session congested;                                     // a recipient to wait for once the lock is released
    private final Clock clock;
    private final PrintStream log;
    private long lastId;

    /** An empty room whose messages are stamped with {@code clock}'s time; joins and departures go to {@code log}. */
    Room(Clock clock, PrintStream log) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** A session in this room for a new connection: lab02's sessions live as long as their connection. */
    @Override
    public FrameHandler attach(OutboundQueue outbound, ConnectionGuard guard, Runnable close) {
        return new Session(this, outbound, guard, close);
    }

    /** Registers {@code nick} for {@code newcomer}: welcome to it, joined to the others. */
    void join(Session newcomer, String nick) throws ProtocolException {
        // BEGIN SOLUTION: register a nick under the room lock: welcome the newcomer, announce it to the others
        lock.lock();
        try {
            if (members.containsKey(key(nick))) {
                throw new ProtocolException(ErrorCode.NICK_TAKEN, "The nick " + nick + " is taken.");
            }
            deliver(new ServerFrame.Joined(nick), members.values()); // the others: the newcomer is not in yet
            members.put(key(nick), newcomer);
            newcomer.registered(nick);
            deliver(new ServerFrame.Welcome(nick, users()), List.of(newcomer));
            toLog.add(nick + " joined");
        } finally {
            unlock();
        }
        // END SOLUTION
    }

    /** Sends {@code text} from {@code sender} to every member, the sender included. */
    void say(Session sender, String text) {
        // BEGIN SOLUTION: broadcast a message to every member under the room lock, in id order
        lock.lock();
        try {
            if (isMember(sender)) {
                deliver(new ServerFrame.Message(++lastId, sender.nick(), text, now()), members.values());
            }
        } finally {
            unlock();
        }
        // END SOLUTION
    }

    /** Sends {@code text} from {@code sender} to the member called {@code to} (any case) and back to the sender. */
    void whisper(Session sender, String to, String text) throws ProtocolException {
        lock.lock();
        try {
            Session recipient = members.get(key(to));
            if (recipient == null) {
                throw new ProtocolException(ErrorCode.NO_SUCH_USER, "Nobody called " + to + " is here.");
            }
            if (isMember(sender)) {
                ServerFrame frame = new ServerFrame.Whisper(++lastId, sender.nick(), recipient.nick(), text, now());
                deliver(frame, recipient == sender ? List.of(sender) : List.of(recipient, sender));
            }
        } finally {
            unlock();
        }
    }

    /** Answers who: the users, sorted ignoring case. */
    void who(Session asker) {
        lock.lock();
        try {
            deliver(new ServerFrame.Users(users()), List.of(asker));
        } finally {
            unlock();
        }
    }

    /** Removes {@code session}, if it is a member, and tells the others why it left. */
    void leave(Session session, LeftReason reason) {
        lock.lock();
        try {
            remove(session, reason);
        } finally {
            unlock();
        }
    }

    /** Disconnects {@code session}, whose queue overflowed; if it was a member, the others get left slow. */
    void drop(Session session) {
        lock.lock();
        try {
            dropLocked(session);
        } finally {
            unlock();
        }
    }

    /** Queues {@code frame}, encoded once, for each recipient, then drops those whose queue overflowed. */
    private void deliver(ServerFrame frame, Collection<Session> recipients) {
        // BEGIN SOLUTION: queue the frame, encoded once, for each recipient without blocking; drop those that overflow
        byte[] encoded = ServerFrameCodec.encode(frame);
        List<Session> overflowed = new ArrayList<>();
        for (Session recipient : recipients) {
            if (!recipient.offer(encoded)) {
                overflowed.add(recipient);
            } else if (congested == null && recipient.congested()) {
                congested = recipient;
            }
        }
        overflowed.forEach(this::dropLocked); // after the loop: dropping changes the members
        // END SOLUTION
    }

    /** Under the lock: the room forgets {@code session} at once; its socket is closed once the lock is released. */
    private void dropLocked(Session session) {
        toDisconnect.add(session);
        remove(session, LeftReason.SLOW);
    }

    /** Under the lock: removes {@code session}, if it is a member, and tells the others why it left. */
    private void remove(Session session, LeftReason reason) {
        String nick = session.nick();
        if (nick != null && members.remove(key(nick), session)) {
            deliver(new ServerFrame.Left(nick, reason), members.values());
            toLog.add(nick + " left (" + reason.wireName() + ")");
        }
    }

    /**
     * Releases the lock, then disconnects the sessions dropped and prints the lines logged while it was held:
     * a socket that is slow to close, or a stalled stderr, must never stall the room. Last, if a frame queued
     * under the lock congested a recipient's queue, waits for it to drain: the calling thread is a client's
     * reader, which stops reading meanwhile (bounded: see {@link OutboundQueue#awaitDrained()}).
     */
    private void unlock() {
        List<Session> dropped = List.copyOf(toDisconnect);
        List<String> lines = List.copyOf(toLog);
        Session slowReader = congested;
        toDisconnect.clear();
        toLog.clear();
        congested = null;
        lock.unlock();
        dropped.forEach(Session::disconnect);
        lines.forEach(line -> log.println("chat server: " + line));
        if (slowReader != null) {
            slowReader.awaitDrained();
        }
    }

    private List<String> users() {
        return members.values().stream().map(Session::nick).toList();
    }

    private boolean isMember(Session session) {
        String nick = session.nick();
        return nick != null && members.get(key(nick)) == session;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Nicks are unique ignoring case; as they are ASCII, the key's String order is code point order. */
    private static String key(String nick) {
        return nick.toLowerCase(Locale.ROOT);
    }
}

package dev.chatlab.lab02.server;

import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.LeftReason;
import dev.chatlab.lab02.protocol.ProtocolException;
import dev.chatlab.lab02.protocol.ServerFrame;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The one chat room: the registered sessions and the message id counter, the only state that clients share.
 * This class is the room's membership and its operations; {@link RoomDelivery}, which it extends, holds the
 * room's one lock and queues frames under it. Each operation takes the lock, decides who gets what, and ends
 * with {@link #unlock()}: an id is assigned and its frame queued for every recipient before the next id, so
 * every client receives frames in id order. No operation waits for a socket while it holds the lock; after
 * it, the caller may wait for a congested recipient (back-pressure, bounded). Thread-safe.
 */
final class Room extends RoomDelivery implements ChatService {

    private final Map<String, Session> members = new TreeMap<>(); // by lower-cased nick, so sorted ignoring case
    private final Clock clock;
    private long lastId;

    /** An empty room whose messages are stamped with {@code clock}'s time; joins and departures go to {@code log}. */
    Room(Clock clock, PrintStream log) {
        super(log);
        this.clock = Objects.requireNonNull(clock, "clock");
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

    /** Under the lock: removes {@code session}, if it is a member, and tells the others why it left. */
    @Override
    void remove(Session session, LeftReason reason) {
        String nick = session.nick();
        if (nick != null && members.remove(key(nick), session)) {
            deliver(new ServerFrame.Left(nick, reason), members.values());
            toLog.add(nick + " left (" + reason.wireName() + ")");
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

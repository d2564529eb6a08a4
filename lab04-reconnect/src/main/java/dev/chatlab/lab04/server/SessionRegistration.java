package dev.chatlab.lab04.server;

import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.ProtocolException;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import java.util.Objects;

/**
 * Registration in a {@link SessionRoom}: hello makes a new session (a welcome with its id to the client,
 * joined to the others), resume takes an existing one over on a new connection and replays what it missed
 * from the {@link History}, before any live frame: the room's lock is held throughout, so nothing can slip
 * between resumed and the replay. Every method runs under the room's {@link RoomLock}.
 */
final class SessionRegistration {

    private final RoomMembers members;
    private final RoomLock lock;
    private final History history;
    private final MessageDelivery delivery;
    private final ServerParts parts;
    private final SessionSettings settings;
    private final SessionTokens tokens = new SessionTokens();

    /** Registration into {@code members}, replaying from {@code history}, with the room's {@code parts}. */
    SessionRegistration(RoomMembers members, RoomLock lock, History history, MessageDelivery delivery,
                        ServerParts parts, SessionSettings settings) {
        this.members = Objects.requireNonNull(members, "members");
        this.lock = Objects.requireNonNull(lock, "lock");
        this.history = Objects.requireNonNull(history, "history");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.parts = Objects.requireNonNull(parts, "parts");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Registers {@code nick} on {@code connection} in a new session: welcome (with its id) to it, joined to the others. */
    void join(SessionConnection connection, String nick) throws ProtocolException {
        if (members.withNick(nick) != null) {
            throw new ProtocolException(ErrorCode.NICK_TAKEN, "The nick " + nick + " is taken.");
        }
        ChatSession session = new ChatSession(nick, tokens.next(), delivery.lastId(), parts.cids().get());
        members.add(session);
        session.attach(connection);
        connection.registered(session);
        connection.reply(new ReconnectServerFrame.Welcome(nick, members.users(), session.id(),
                settings.heartbeatSeconds(), settings.resumeSeconds()));
        lock.logLater(nick + " joined");
    }

    /**
     * Attaches the session {@code id} to {@code connection}: closes the connection it had, if still open, then
     * queues resumed and the frames missed after id {@code last}, before any live frame.
     */
    void resume(SessionConnection connection, String id, long last) throws ProtocolException {
        ChatSession session = members.withId(id);
        if (session == null) {
            throw new ProtocolException(ErrorCode.SESSION_EXPIRED,
                    "That session is unknown or has expired; send hello to join again.");
        }
        // BEGIN SOLUTION: take the session over, then queue resumed and the missed frames before any live frame
        SessionConnection before = session.attach(connection);
        if (before != null) {
            lock.closeLater(before); // a resume while the old connection is still open closes the old one
        }
        connection.registered(session);
        History.Replay replay = history.after(Math.max(last, session.joinedAfter()), session.nick());
        connection.reply(new ReconnectServerFrame.Resumed(session.nick(), members.users(), replay.gap(),
                replay.frames().size()));
        for (byte[] frame : replay.frames()) {
            if (!connection.offer(frame)) {
                members.drop(connection);
                break;
            }
        }
        lock.logLater(session.nick() + " resumed (" + replay.frames().size() + " missed"
                + (replay.gap() ? ", gap" : "") + (before != null ? "; its old connection closed" : "") + ")");
        // END SOLUTION
    }
}

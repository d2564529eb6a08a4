package dev.chatlab.lab04.server;

import dev.chatlab.lab02.protocol.LeftReason;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.protocol.ReconnectServerCodec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The sessions of a {@link SessionRoom}, attached or detached, by nick and by session id, and the fan-out of
 * frames to them: a frame is queued for every attached recipient, and a recipient whose queue overflows is
 * dropped, which ends its session ({@code left slow}). Every method runs under the room's {@link RoomLock}.
 */
final class RoomMembers {

    private final Map<String, ChatSession> byNick = new TreeMap<>(); // by lower-cased nick: sorted ignoring case
    private final Map<String, ChatSession> byId = new HashMap<>();
    private final RoomLock lock;

    /** No members yet; drops and departures are closed and logged through {@code lock}. */
    RoomMembers(RoomLock lock) {
        this.lock = Objects.requireNonNull(lock, "lock");
    }

    /** The member called {@code nick} in any case, or null. */
    ChatSession withNick(String nick) {
        return byNick.get(key(nick));
    }

    /** The session with id {@code id}, attached or detached, or null if it is unknown or has ended. */
    ChatSession withId(String id) {
        return byId.get(id);
    }

    /** Whether {@code session} is still one of the room's (it has not ended). */
    boolean holds(ChatSession session) {
        return byId.get(session.id()) == session;
    }

    /** Every member, sorted ignoring case. */
    Collection<ChatSession> all() {
        return byNick.values();
    }

    /** The nicks of the members, detached ones included, sorted ignoring case. */
    List<String> users() {
        return byNick.values().stream().map(ChatSession::nick).toList();
    }

    /** Adds {@code session} after announcing it (joined) to the members already in. */
    void add(ChatSession session) {
        deliver(ReconnectServerCodec.encode(new ServerFrame.Joined(session.nick())), byNick.values());
        byNick.put(key(session.nick()), session);
        byId.put(session.id(), session);
    }

    /** Forgets {@code session} and everything it holds, then tells the others why it left. */
    void end(ChatSession session, LeftReason reason) {
        if (byNick.remove(key(session.nick()), session)) {
            byId.remove(session.id());
            session.end();
            deliver(ReconnectServerCodec.encode(new ServerFrame.Left(session.nick(), reason)), byNick.values());
            lock.logLater(session.nick() + " left (" + reason.wireName() + ")");
        }
    }

    /** Drops {@code connection}, whose queue overflowed: closed, and its session ends at once with left slow. */
    void drop(SessionConnection connection) {
        lock.closeLater(connection);
        ChatSession session = connection.session();
        if (session != null && session.connection() == connection) {
            end(session, LeftReason.SLOW);
        }
    }

    /**
     * Queues {@code frame} for every attached session of {@code recipients}, notes the first whose queue is now
     * congested (for the sender to wait for, see {@link RoomLock#unlockAndAwaitDrained()}), then drops those that
     * overflowed.
     */
    void deliver(byte[] frame, Collection<ChatSession> recipients) {
        List<SessionConnection> overflowed = new ArrayList<>();
        for (ChatSession recipient : recipients) {
            SessionConnection connection = recipient.connection();
            if (connection == null) {
                continue; // detached: nothing to queue (a resume replays messages and whispers from the history)
            }
            if (!connection.offer(frame)) {
                overflowed.add(connection);
            } else if (!lock.waitsForSomeone() && connection.congested()) {
                lock.waitForLater(connection);
            }
        }
        overflowed.forEach(this::drop); // after the loop: dropping changes the members
    }

    /** The sessions now: how many, how many attached, and the cids they remember. */
    SessionStats stats(int historyFrames) {
        int attached = (int) byNick.values().stream().filter(session -> !session.isDetached()).count();
        int cids = byNick.values().stream().mapToInt(session -> session.cids().size()).sum();
        return new SessionStats(byId.size(), byNick.size(), attached, cids, historyFrames, 0);
    }

    private static String key(String nick) {
        return nick.toLowerCase(Locale.ROOT);
    }
}

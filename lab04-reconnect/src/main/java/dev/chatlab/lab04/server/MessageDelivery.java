package dev.chatlab.lab04.server;

import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.ProtocolException;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.protocol.ReconnectServerCodec;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.LongFunction;

/**
 * The delivery of says and whispers in a {@link SessionRoom}: each gets the next id, goes into the
 * {@link History} (what a resume replays) and to its audience, and with a cid it is acknowledged, once per
 * cid and session: a cid the session's {@link CidTable} knows is acknowledged with its first id and not
 * delivered again. Every method runs under the room's {@link RoomLock}, so ids are queued in order.
 */
final class MessageDelivery {

    private final RoomMembers members;
    private final History history;
    private final Clock clock;
    private long lastId;

    /** Delivery to {@code members}, keeping frames in {@code history}, stamped with {@code clock}'s time. */
    MessageDelivery(RoomMembers members, History history, Clock clock) {
        this.members = Objects.requireNonNull(members, "members");
        this.history = Objects.requireNonNull(history, "history");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The id of the last say or whisper delivered, 0 before the first. */
    long lastId() {
        return lastId;
    }

    /** Sends {@code text} from the session of {@code connection} to every member, the sender included. */
    void say(SessionConnection connection, String text, String cid) {
        post(connection, cid, members.all(), id -> ReconnectServerCodec.encode(
                new ServerFrame.Message(id, connection.session().nick(), text, now())), null);
    }

    /** Sends {@code text} to the member {@code to} (any case, detached or not) and back to the sender. */
    void whisper(SessionConnection connection, String to, String text, String cid) throws ProtocolException {
        ChatSession recipient = members.withNick(to);
        if (recipient == null) {
            throw new ProtocolException(ErrorCode.NO_SUCH_USER, "Nobody called " + to + " is here.");
        }
        ChatSession sender = connection.session();
        List<ChatSession> audience = recipient == sender ? List.of(sender) : List.of(recipient, sender);
        post(connection, cid, audience, id -> ReconnectServerCodec.encode(
                new ServerFrame.Whisper(id, sender.nick(), recipient.nick(), text, now())), recipient.nick());
    }

    /**
     * Assigns the next id to the frame {@code encode} makes, keeps it in the history, queues it for
     * {@code audience} and acknowledges {@code cid}; a cid this session sent before is acknowledged with its
     * first id and nothing is delivered. {@code to} is the whisper's recipient, null for a message.
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
        members.deliver(frame, audience);
        if (cid != null) {
            sender.cids().remember(cid, id);
            connection.reply(new ReconnectServerFrame.Ack(cid, id));
        }
        // END SOLUTION
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

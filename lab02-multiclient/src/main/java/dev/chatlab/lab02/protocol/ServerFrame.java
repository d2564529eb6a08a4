package dev.chatlab.lab02.protocol;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A frame the server sends to a client: one JSON object on one line, whose {@code type} names the record.
 * {@link ServerFrameCodec} writes them with {@code type} first and the other fields in the order below.
 */
public sealed interface ServerFrame {

    /** {@code welcome{nick, users}}: the answer to a good hello; {@code users} sorted ignoring case, self included. */
    record Welcome(String nick, List<String> users) implements ServerFrame {
        public Welcome {
            Objects.requireNonNull(nick, "nick");
            users = List.copyOf(users);
        }
    }

    /** {@code message{id, from, text, ts}}: a say, delivered to every registered client, the sender included. */
    record Message(long id, String from, String text, Instant ts) implements ServerFrame {
        public Message {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(ts, "ts");
        }
    }

    /** {@code whisper{id, from, to, text, ts}}: delivered to the recipient and to the sender (once if the same). */
    record Whisper(long id, String from, String to, String text, Instant ts) implements ServerFrame {
        public Whisper {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(ts, "ts");
        }
    }

    /** {@code joined{nick}}: sent to every other registered client when {@code nick} registers. */
    record Joined(String nick) implements ServerFrame {
        public Joined {
            Objects.requireNonNull(nick, "nick");
        }
    }

    /** {@code left{nick, reason}}: sent to every remaining registered client when {@code nick} leaves. */
    record Left(String nick, LeftReason reason) implements ServerFrame {
        public Left {
            Objects.requireNonNull(nick, "nick");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** {@code users{users}}: the answer to who; sorted ignoring case, self included. */
    record Users(List<String> users) implements ServerFrame {
        public Users {
            users = List.copyOf(users);
        }
    }

    /** {@code pong{token}}: the answer to ping, with the same token; {@code token} is null when ping had none. */
    record Pong(String token) implements ServerFrame {
    }

    /** {@code error{code, message}}: a refused frame. The connection stays open. */
    record Error(ErrorCode code, String message) implements ServerFrame {
        public Error {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}

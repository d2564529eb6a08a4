package dev.chatlab.lab04.protocol;

import dev.chatlab.lab02.protocol.ClientFrame;
import java.util.Objects;

/**
 * A frame a lab04 client sends: one of chat/1's (lab02's records, a say or whisper with an optional
 * {@code cid}), or one of the two that lab04 adds, {@code resume} and {@code pong}. lab02 and lab03 know
 * neither: their servers answer both with {@code UNKNOWN_TYPE}.
 */
public sealed interface ReconnectClientFrame {

    /**
     * A chat/1 frame; {@code cid} (the client's id for a say or whisper, 1 to 64 characters) is {@code null} when
     * absent, and always absent for the other types.
     */
    record Chat(ClientFrame frame, String cid) implements ReconnectClientFrame {
        public Chat {
            Objects.requireNonNull(frame, "frame");
            if (cid != null && !(frame instanceof ClientFrame.Say || frame instanceof ClientFrame.Whisper)) {
                throw new IllegalArgumentException("Only say and whisper carry a cid, not " + frame.type().wireName());
            }
        }

        /** A chat/1 frame without a cid. */
        public Chat(ClientFrame frame) {
            this(frame, null);
        }
    }

    /**
     * {@code {"type":"resume","session":"...","last":41}}: instead of hello on a new connection, takes the
     * session back and asks for every frame after id {@code last}.
     */
    record Resume(String session, long last) implements ReconnectClientFrame {
        public Resume {
            Objects.requireNonNull(session, "session");
            if (last < 0) {
                throw new IllegalArgumentException("Last id must not be negative: " + last);
            }
        }

        /** Never shows the session, which works as a password for the nick while it is detached. */
        @Override
        public String toString() {
            return "Resume[session=hidden, last=" + last + "]";
        }
    }

    /** {@code {"type":"pong","token":"7"}}: the answer to the server's heartbeat ping; {@code token} may be null. */
    record Pong(String token) implements ReconnectClientFrame {
    }
}

package dev.chatlab.lab04.protocol;

import dev.chatlab.lab02.protocol.ServerFrame;
import java.util.List;
import java.util.Objects;

/**
 * A frame a lab04 server sends: one of chat/1's (lab02's records), a welcome with the session's numbers, or
 * one of lab04's own: {@code ack}, {@code resumed} and the heartbeat's {@code ping}.
 */
public sealed interface ReconnectServerFrame {

    /** A chat/1 frame as lab02 sends it (never a welcome: lab04's {@link Welcome} replaces it). */
    record Chat(ServerFrame frame) implements ReconnectServerFrame {
        public Chat {
            Objects.requireNonNull(frame, "frame");
            if (frame instanceof ServerFrame.Welcome) {
                throw new IllegalArgumentException("A lab04 welcome carries the session: use Welcome");
            }
        }
    }

    /**
     * {@code welcome{nick, users, session, heartbeatSeconds, resumeSeconds}}: chat/1's welcome, plus the
     * session to resume and the two numbers of the heartbeat and of the resume window.
     */
    record Welcome(String nick, List<String> users, String session, int heartbeatSeconds, int resumeSeconds)
            implements ReconnectServerFrame {
        public Welcome {
            Objects.requireNonNull(nick, "nick");
            users = List.copyOf(users);
            Objects.requireNonNull(session, "session");
            if (heartbeatSeconds < 1 || resumeSeconds < 1) {
                throw new IllegalArgumentException("Heartbeat and resume seconds must be at least 1: "
                        + heartbeatSeconds + ", " + resumeSeconds);
            }
        }

        /** Never shows the session, which works as a password for the nick while it is detached. */
        @Override
        public String toString() {
            return "Welcome[nick=" + nick + ", users=" + users + ", session=hidden, heartbeatSeconds="
                    + heartbeatSeconds + ", resumeSeconds=" + resumeSeconds + "]";
        }
    }

    /** {@code ack{cid, id}}: the say or whisper with this cid has id {@code id} (sent again: the same id). */
    record Ack(String cid, long id) implements ReconnectServerFrame {
        public Ack {
            Objects.requireNonNull(cid, "cid");
        }
    }

    /**
     * {@code resumed{nick, users, gap, missed}}: the session is back; {@code missed} frames follow, and
     * {@code gap} says that the history no longer held everything the client missed.
     */
    record Resumed(String nick, List<String> users, boolean gap, int missed) implements ReconnectServerFrame {
        public Resumed {
            Objects.requireNonNull(nick, "nick");
            users = List.copyOf(users);
            if (missed < 0) {
                throw new IllegalArgumentException("Missed must not be negative: " + missed);
            }
        }
    }

    /** {@code ping{token}}: the server's heartbeat; the client answers {@code pong} with the same token. */
    record Ping(String token) implements ReconnectServerFrame {
        public Ping {
            Objects.requireNonNull(token, "token");
        }
    }
}

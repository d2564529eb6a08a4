package dev.chatlab.lab02.protocol;

import java.util.Locale;
import java.util.Objects;

/**
 * A frame a client sends to the server: one JSON object on one line, whose {@code type} names the record.
 * A record holds fields that passed validation; {@link ClientFrameCodec} builds them.
 */
public sealed interface ClientFrame {

    /** The frame's {@code type}, as a {@link Type}. */
    Type type();

    /**
     * {@code {"type":"hello","nick":"ana"}}: registers {@code nick} for this connection. {@code password} is
     * optional ({@code null} when absent): lab03's accounts need it; lab02's server reads it and ignores it.
     */
    record Hello(String nick, String password) implements ClientFrame {
        public Hello {
            Objects.requireNonNull(nick, "nick");
        }

        /** A hello without a password, as lab02's client sends it. */
        public Hello(String nick) {
            this(nick, null);
        }

        @Override
        public Type type() {
            return Type.HELLO;
        }

        /** Never shows the password, so that a frame written to a log cannot leak it. */
        @Override
        public String toString() {
            return "Hello[nick=" + nick + ", password=" + (password == null ? "absent" : "hidden") + "]";
        }
    }

    /** {@code {"type":"say","text":"hello"}}: a message to everyone in the room, the sender included. */
    record Say(String text) implements ClientFrame {
        public Say {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Type type() {
            return Type.SAY;
        }
    }

    /** {@code {"type":"whisper","to":"bob","text":"psst"}}: a message to {@code to} only (and a copy back). */
    record Whisper(String to, String text) implements ClientFrame {
        public Whisper {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Type type() {
            return Type.WHISPER;
        }
    }

    /** {@code {"type":"who"}}: asks for the list of users. */
    record Who() implements ClientFrame {
        @Override
        public Type type() {
            return Type.WHO;
        }
    }

    /** {@code {"type":"ping","token":"t1"}}: asks for a pong with the same token; {@code token} may be null. */
    record Ping(String token) implements ClientFrame {
        @Override
        public Type type() {
            return Type.PING;
        }
    }

    /** {@code {"type":"bye"}}: leaves the room; the server closes the connection. */
    record Bye() implements ClientFrame {
        @Override
        public Type type() {
            return Type.BYE;
        }
    }

    /** The {@code type} values a client may send. */
    enum Type {
        HELLO, SAY, WHISPER, WHO, PING, BYE;

        /** The type as written on the wire, in lower case. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The type whose wire name is {@code wireName}, or {@code null} if a client may not send it. */
        public static Type fromWireName(String wireName) {
            for (Type type : values()) {
                if (type.wireName().equals(wireName)) {
                    return type;
                }
            }
            return null;
        }
    }
}

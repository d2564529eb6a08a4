package dev.chatlab.lab05.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One row of the message view. {@link #line()} (also {@link #toString()}) is the row as lab02's and lab04's
 * console client would print it, plus {@code [pending]} or {@code [failed: CODE]} for an own message not
 * delivered: the same text in every language, which the tests and the grader read through the list's model.
 */
public sealed interface ChatRow {

    /** When it happened: the server's {@code ts} for a message or whisper, the arrival time otherwise. */
    Instant time();

    /** The console line of the row (see the interface). */
    String line();

    /** Where an own say or whisper is: in the outbox, acknowledged, or refused by the server. */
    enum Delivery { PENDING, DELIVERED, FAILED }

    /**
     * A message ({@code to} null) or a whisper. {@code id} is 0 until the server's copy or ack gives it;
     * {@code cid} is null for what others said; {@code failure} the error code of a {@link Delivery#FAILED} one.
     */
    record Said(String cid, long id, Instant time, String from, String to, String text, boolean own,
                Delivery delivery, String failure) implements ChatRow {
        public Said {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(delivery, "delivery");
        }

        public boolean whisper() {
            return to != null;
        }

        /** This row with the server's id, still in its state. */
        public Said withId(long newId, Instant serverTime) {
            return new Said(cid, newId, serverTime, from, to, text, own, delivery, failure);
        }

        /** This row in another state. */
        public Said with(Delivery newDelivery, String newFailure) {
            return new Said(cid, id, time, from, to, text, own, newDelivery, newFailure);
        }

        @Override
        public String line() {
            String head = !whisper() ? "<" + from + "> " : own ? "-> *" + to + "* " : "*" + from + "* ";
            String tail = switch (delivery) {
                case PENDING -> " [pending]";
                case DELIVERED -> "";
                case FAILED -> " [failed: " + failure + "]";
            };
            return head + text.replace("\n", "\n  ") + tail;
        }

        @Override
        public String toString() {
            return line();
        }
    }

    /**
     * A quiet system line: joined, left, users, an error, a reconnection. {@code key} and {@code arguments}
     * are its localized text in {@link dev.chatlab.lab05.i18n.Messages}.
     */
    record Notice(Instant time, String line, String key, List<Object> arguments) implements ChatRow {
        public Notice {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(key, "key");
            arguments = List.copyOf(arguments);
        }

        @Override
        public String toString() {
            return line;
        }
    }

    /** A gap in the history: messages were missed while the connection was down. */
    record Divider(Instant time) implements ChatRow {
        public Divider {
            Objects.requireNonNull(time, "time");
        }

        @Override
        public String line() {
            return "* some messages were missed";
        }

        @Override
        public String toString() {
            return line();
        }
    }
}

package dev.chatlab.relay.event;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing a relay did, stamped with the time since the relay opened. {@link #describe()} is the event
 * without its time, so that two runs with the same seed can be compared line by line.
 */
public sealed interface RelayEvent {

    /** Time since the relay opened. */
    Duration at();

    /** The event in words, without its time: {@code link 3 closed (cut by the relay; up 120 B, down 4 B)}. */
    String describe();

    /** The event as one transcript line: {@code +1.234s link 3 opened from 127.0.0.1:51234}. */
    default String transcriptLine() {
        return String.format(Locale.ROOT, "+%d.%03ds %s", at().toSeconds(), at().toMillisPart(), describe());
    }

    /** A client connected, its connection to the target is made, and faults can reach its link from now on. */
    record LinkOpened(Duration at, int link, String client) implements RelayEvent {
        public LinkOpened {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(client, "client");
        }

        @Override
        public String describe() {
            return "link " + link + " opened from " + client;
        }
    }

    /** A link ended, for {@code reason}, after forwarding {@code bytesUp} and {@code bytesDown} bytes. */
    record LinkClosed(Duration at, int link, String reason, long bytesUp, long bytesDown) implements RelayEvent {
        public LinkClosed {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String describe() {
            return "link " + link + " closed (" + reason + "; up " + bytesUp + " B, down " + bytesDown + " B)";
        }
    }

    /** A fault took effect: {@code cut link 2 (reset)}, {@code refused a connection from ...}. */
    record FaultApplied(Duration at, String fault) implements RelayEvent {
        public FaultApplied {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(fault, "fault");
        }

        @Override
        public String describe() {
            return fault;
        }
    }

    /** Anything else worth a line: a skipped action, a script that ended, a failure of the relay itself. */
    record Notice(Duration at, String text) implements RelayEvent {
        public Notice {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String describe() {
            return text;
        }
    }
}

package dev.chatlab.lab04.client;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab04.protocol.ReconnectClientFrame;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;

/**
 * The frames typed but not yet settled, oldest first, at most {@code capacity}: each say and whisper gets a
 * cid and stays until the server acknowledges it (or refuses it), across any number of connections; a who
 * stays only until it is sent. After a resume every entry is sent again with its cid: the server delivers
 * those it never got and only acknowledges the others (at-least-once sending + dedup = effectively once).
 *
 * <p>The server answers each say and whisper with an ack or an error, in the order it read them. An error names
 * no cid, so the outbox also keeps the order in which it sent them on the current connection: an error answers
 * the first of those not answered yet. That is not always the oldest entry: a frame refused for the rate is
 * sent again later, after frames typed behind it.
 *
 * <p>Not thread-safe: the client's event thread owns it.
 */
final class Outbox {

    /** A frame waiting: {@code sent} while it is on the current connection, waiting for its answer. */
    static final class Entry {
        private final ReconnectClientFrame.Chat frame;
        private boolean sent;
        private boolean sentBefore; // on a connection before: sent again as the resend part says

        Entry(ReconnectClientFrame.Chat frame) {
            this.frame = frame;
        }

        ReconnectClientFrame.Chat frame() {
            return frame;
        }

        String cid() {
            return frame.cid();
        }
    }

    /** The default bound: 100 frames. */
    static final int CAPACITY = 100;

    private final int capacity;
    private final Resend resend;
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private final ArrayDeque<Entry> unanswered = new ArrayDeque<>(); // says and whispers sent, in sending order
    private long lastCid;

    /** An empty outbox of at most {@code capacity} frames (at least 1) that sends frames again as {@code resend} says. */
    Outbox(int capacity, Resend resend) {
        if (capacity < 1) {
            throw new IllegalArgumentException("Outbox capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.resend = Objects.requireNonNull(resend, "resend");
    }

    /**
     * Queues {@code frame} (a say or whisper gets the next cid); returns its entry, or {@code null} when the
     * outbox is full and nothing was queued.
     */
    Entry add(ClientFrame frame) {
        if (entries.size() >= capacity) {
            return null;
        }
        boolean carriesCid = frame instanceof ClientFrame.Say || frame instanceof ClientFrame.Whisper;
        Entry entry = new Entry(new ReconnectClientFrame.Chat(frame, carriesCid ? Long.toString(++lastCid) : null));
        entries.addLast(entry);
        return entry;
    }

    /**
     * Marks the oldest entry not sent on the current connection sent (a who leaves the outbox) and returns the
     * frame to write for it: the entry's own frame the first time, what the {@link Resend} part makes of it
     * after that. Null if every entry is sent.
     */
    ReconnectClientFrame.Chat nextToSend() {
        for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
            Entry entry = it.next();
            if (!entry.sent) {
                entry.sent = true;
                if (entry.cid() == null) {
                    it.remove(); // nothing will acknowledge a who
                } else {
                    unanswered.addLast(entry);
                }
                boolean again = entry.sentBefore;
                entry.sentBefore = true;
                return again ? resend.again(entry.frame) : entry.frame;
            }
        }
        return null;
    }

    /** Settles the entry with {@code cid}: the server acknowledged it. Returns whether it was waiting. */
    boolean acked(String cid) {
        unanswered.removeIf(entry -> cid.equals(entry.cid()));
        return entries.removeIf(entry -> cid.equals(entry.cid()));
    }

    /**
     * The server answered with an error the say or whisper sent first among those not answered yet on this
     * connection: RATE_LIMITED puts it back to be sent again (returns null); any other code settles it (returns
     * it: it failed for good). Null too when no say or whisper waits for an answer.
     */
    Entry refused(ErrorCode code) {
        Entry entry = unanswered.pollFirst();
        if (entry == null) {
            return null;
        }
        if (code == ErrorCode.RATE_LIMITED) {
            entry.sent = false;
            return null;
        }
        entries.remove(entry);
        return entry;
    }

    /** A new connection is registered: every entry is to be sent on it again, with its cid. */
    void rewind() {
        unanswered.clear(); // answers come on the new connection only for what is sent on it
        // BEGIN SOLUTION: after a resume, send every unacknowledged frame again, in order, with its cid
        entries.forEach(entry -> entry.sent = false);
        // END SOLUTION
    }

    /** Whether an entry waits to be sent on the current connection. */
    boolean hasUnsent() {
        return entries.stream().anyMatch(entry -> !entry.sent);
    }

    /** The frames not settled yet. */
    int size() {
        return entries.size();
    }
}

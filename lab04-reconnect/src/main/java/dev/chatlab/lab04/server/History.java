package dev.chatlab.lab04.server;

import java.util.List;
import java.util.Objects;

/**
 * A part of the server: the messages and whispers it keeps for resumes. <b>What this part decides:</b> what
 * a resume replays, that is which frames after the client's last id a returning session gets, in which order,
 * and whether it is told that some are missing ({@code gap}). The room adds every message and whisper it
 * assigns an id to, in id order, and asks for a replay when a session resumes. The room makes one per server
 * ({@link ServerParts#history()}) and uses it under its lock only, so an implementation need not be
 * thread-safe.
 */
public interface History {

    /** One frame of the history: a message ({@code to} null) or a whisper, and its encoded line. */
    record Entry(long id, String from, String to, byte[] frame) {
        public Entry {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(frame, "frame");
        }

        /** Whether {@code nick} received this frame: everyone a message, the two ends a whisper (any case). */
        public boolean isFor(String nick) {
            return to == null || from.equalsIgnoreCase(nick) || to.equalsIgnoreCase(nick);
        }
    }

    /** What a resume replays: the encoded frames, in id order, and whether some that it should hold were lost. */
    record Replay(List<byte[]> frames, boolean gap) {
        public Replay {
            frames = List.copyOf(frames);
        }
    }

    /** Adds the newest entry, whose id is above every id already in. */
    void add(Entry entry);

    /** What {@code nick} gets when it resumes after id {@code last}. */
    Replay after(long last, String nick);

    /** The entries held now. */
    int size();

    /** The reference history: one ring of the server's last {@code capacity} frames (at least 1). */
    static History ring(int capacity) {
        return new HistoryRing(capacity);
    }
}

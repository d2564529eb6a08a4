package dev.chatlab.lab04.server;

import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The parts of lab04's server that hold its reliability rules, each one a place of the handout's tasks and
 * each one replaceable on its own: {@link #REFERENCE} is the server the {@code server} command runs. The
 * rest of the server (lab02's connections and queues, lab03's TLS and policy, the heartbeat, the room's
 * lock) is the same whatever the parts.
 *
 * @param cids    makes each new session's {@link CidTable}: decides which say or whisper is a resend
 * @param history makes the server's {@link History} from {@code --history}: decides what a resume replays
 * @param expiry  the {@link SessionExpiry}: decides when a detached session ends
 */
public record ServerParts(Supplier<CidTable> cids, IntFunction<History> history, SessionExpiry expiry) {

    /** The reference parts: 1024 cids per session, one ring of history, expiry after the resume window. */
    public static final ServerParts REFERENCE = new ServerParts(() -> CidTable.recent(CidTable.CAPACITY),
            History::ring, SessionExpiry.AFTER_WINDOW);

    public ServerParts {
        Objects.requireNonNull(cids, "cids");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(expiry, "expiry");
    }

    /** These parts with another cid table per session. */
    public ServerParts withCids(Supplier<CidTable> other) {
        return new ServerParts(other, history, expiry);
    }

    /** These parts with another history. */
    public ServerParts withHistory(IntFunction<History> other) {
        return new ServerParts(cids, other, expiry);
    }

    /** These parts with another expiry of detached sessions. */
    public ServerParts withExpiry(SessionExpiry other) {
        return new ServerParts(cids, history, other);
    }
}

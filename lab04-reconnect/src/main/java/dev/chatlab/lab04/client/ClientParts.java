package dev.chatlab.lab04.client;

import java.util.Objects;

/**
 * The parts of lab04's client that hold its reliability rules, each one a place of the handout's tasks and
 * each one replaceable on its own: {@link #REFERENCE} is the client the {@code client} command runs and
 * {@link ReconnectingClient}'s four-argument constructor builds. The numbers and sources (backoff ceilings,
 * timeouts, outbox bound, clocks) are {@link ClientSettings}.
 *
 * @param jitter   the {@link Jitter}: decides each reconnect delay below the backoff's ceiling
 * @param resend   the {@link Resend}: decides what an unacknowledged frame is sent as on a new connection
 * @param watchdog the {@link SilenceWatchdog}: decides when the server's silence means a dead connection
 */
public record ClientParts(Jitter jitter, Resend resend, SilenceWatchdog watchdog) {

    /** The reference parts: full jitter, resend with the same cid, three heartbeats of silence. */
    public static final ClientParts REFERENCE = new ClientParts(Jitter.FULL, Resend.SAME_CID,
            SilenceWatchdog.THREE_HEARTBEATS);

    public ClientParts {
        Objects.requireNonNull(jitter, "jitter");
        Objects.requireNonNull(resend, "resend");
        Objects.requireNonNull(watchdog, "watchdog");
    }

    /** These parts with another jitter. */
    public ClientParts withJitter(Jitter other) {
        return new ClientParts(other, resend, watchdog);
    }

    /** These parts with another resend. */
    public ClientParts withResend(Resend other) {
        return new ClientParts(jitter, other, watchdog);
    }

    /** These parts with another judge of silence. */
    public ClientParts withWatchdog(SilenceWatchdog other) {
        return new ClientParts(jitter, resend, other);
    }
}

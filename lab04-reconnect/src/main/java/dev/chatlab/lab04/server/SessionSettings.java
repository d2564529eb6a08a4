package dev.chatlab.lab04.server;

import java.time.Duration;
import java.util.Objects;

/**
 * The numbers of lab04's sessions, one record so that a test can shorten them. {@link #CONTRACT} holds the
 * protocol's defaults, which the server command's {@code --heartbeat-seconds}, {@code --resume-seconds} and
 * {@code --history} change.
 *
 * @param heartbeat    the server pings a client to which it has sent nothing, or from which it has heard
 *                     nothing, for this long; three times this long without a byte from the client means the
 *                     connection is dead
 * @param resumeWindow how long a detached session waits for its resume before it ends ({@code left timeout})
 * @param history      how many of the server's last messages and whispers the history ring keeps for resumes
 */
public record SessionSettings(Duration heartbeat, Duration resumeWindow, int history) {

    /** The protocol's defaults: a heartbeat of 5 s, a resume window of 30 s, 10000 frames of history. */
    public static final SessionSettings CONTRACT = new SessionSettings(Duration.ofSeconds(5), Duration.ofSeconds(30),
            10_000);

    /** How many heartbeats of silence mean a dead connection, on both sides. */
    public static final int DEAD_AFTER_HEARTBEATS = 3;

    /** Checks every number, naming the first that is out of range, e.g. {@code History must be at least 1: 0}. */
    public SessionSettings {
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(resumeWindow, "resumeWindow");
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("Heartbeat must be positive: " + heartbeat);
        }
        if (resumeWindow.isNegative() || resumeWindow.isZero()) {
            throw new IllegalArgumentException("Resume window must be positive: " + resumeWindow);
        }
        if (history < 1) {
            throw new IllegalArgumentException("History must be at least 1: " + history);
        }
    }

    /** The silence after which a connection counts as dead: three heartbeats. */
    public Duration deadAfter() {
        return heartbeat.multipliedBy(DEAD_AFTER_HEARTBEATS);
    }

    /** The heartbeat in whole seconds, rounded up, as the welcome tells it (at least 1). */
    public int heartbeatSeconds() {
        return wholeSeconds(heartbeat);
    }

    /** The resume window in whole seconds, rounded up, as the welcome tells it (at least 1). */
    public int resumeSeconds() {
        return wholeSeconds(resumeWindow);
    }

    private static int wholeSeconds(Duration duration) {
        long seconds = duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0);
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, seconds));
    }
}

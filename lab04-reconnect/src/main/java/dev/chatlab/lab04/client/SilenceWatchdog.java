package dev.chatlab.lab04.client;

import java.time.Duration;

/**
 * A part of the client: the judge of the server's silence. <b>What this part decides:</b> whether a
 * connection on which the server has sent nothing for {@code silence} is dead. The client asks once per
 * heartbeat while online; a dead connection is closed and the client reconnects, as after any lost
 * connection. Only silence reveals a crashed machine, a half-open connection or a stall: a socket reports
 * none of them.
 */
@FunctionalInterface
public interface SilenceWatchdog {

    /** The reference: three heartbeats of silence ({@code 3 x heartbeatSeconds} of the welcome) mean dead. */
    SilenceWatchdog THREE_HEARTBEATS = (silence, heartbeat) -> silence.compareTo(heartbeat.multipliedBy(3)) >= 0;

    /** Whether {@code silence} (the time since the server's last frame) means that the connection is dead. */
    boolean isDead(Duration silence, Duration heartbeat);
}

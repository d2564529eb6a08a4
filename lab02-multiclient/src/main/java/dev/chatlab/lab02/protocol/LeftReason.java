package dev.chatlab.lab02.protocol;

import java.util.Locale;

/** Why a user left the room, as carried by a {@code left} frame's {@code reason}. */
public enum LeftReason {
    /** The client said bye. */
    BYE,
    /** The connection ended without a bye. */
    DISCONNECT,
    /** A detached session was not resumed in time (lab04; never sent by lab02). */
    TIMEOUT,
    /** The server dropped a client that did not read its frames fast enough. */
    SLOW;

    /** The reason as written on the wire: {@code bye}, {@code disconnect}, {@code timeout} or {@code slow}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason whose wire name is {@code wireName}, or {@code null} if there is none. */
    static LeftReason fromWireName(String wireName) {
        for (LeftReason reason : values()) {
            if (reason.wireName().equals(wireName)) {
                return reason;
            }
        }
        return null;
    }
}

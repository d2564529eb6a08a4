package dev.chatlab.lab03.limits;

import dev.chatlab.lab02.protocol.ErrorCode;

/**
 * Counts one connection's error replies in a row, so that a client that sends nothing but garbage is closed
 * after {@code limit} of them. Any frame handled without error starts the count again; {@code RATE_LIMITED}
 * neither counts nor resets it (a client that is merely too fast is slowed down, not closed, and cannot wash
 * away its errors with messages the server refuses). Not thread-safe: one connection's reader thread uses it.
 */
public final class ErrorStreak {

    private final int limit;
    private int errors;

    /** A streak that ends the connection at the {@code limit}-th error in a row (at least 1). */
    public ErrorStreak(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("Error limit must be at least 1: " + limit);
        }
        this.limit = limit;
    }

    /** Reports a frame handled without error: the count starts again. */
    public void success() {
        errors = 0;
    }

    /**
     * Reports an error reply with {@code code}; returns {@code true} when it is the {@code limit}-th in a row
     * and the connection must close once it is sent.
     */
    public boolean error(ErrorCode code) {
        // BEGIN SOLUTION: count the error replies in a row, RATE_LIMITED aside, and end the connection at the limit
        if (code == ErrorCode.RATE_LIMITED) {
            return false; // neither counts nor resets
        }
        errors++;
        return errors >= limit;
        // END SOLUTION
    }

    /** The errors in a row so far. */
    public int errors() {
        return errors;
    }
}

package dev.chatlab.lab02.server;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;

/**
 * How the accept loop waits after {@code accept()} fails, so that a failure that repeats (no file
 * descriptor left: {@code EMFILE}) neither spins the loop nor floods the log. The wait starts at
 * {@link #FIRST_DELAY} and doubles on every failure in a row up to {@link #MAX_DELAY}; a success resets it.
 * The log gets one line at the 1st, 2nd, 4th, 8th... failure in a row, each counting the failures not logged
 * since the previous line, and one line when accepting works again. Used by the accept thread only.
 */
final class AcceptBackoff {

    /** The wait after the first failure of a run. */
    static final Duration FIRST_DELAY = Duration.ofMillis(10);
    /** The longest wait, however long the failures go on. */
    static final Duration MAX_DELAY = Duration.ofSeconds(1);

    private final Duration firstDelay;
    private final Duration maxDelay;
    private final PrintStream log;
    private Duration delay = Duration.ZERO;
    private long failures;  // in a row
    private long notLogged; // since the last line

    /** The accept loop's back-off: from {@link #FIRST_DELAY} to {@link #MAX_DELAY}, logging on {@code log}. */
    AcceptBackoff(PrintStream log) {
        this(FIRST_DELAY, MAX_DELAY, log);
    }

    /** A back-off from {@code firstDelay}, doubling up to {@code maxDelay} (a test uses short ones). */
    AcceptBackoff(Duration firstDelay, Duration maxDelay, PrintStream log) {
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Back-off delays must be positive and grow: from " + firstDelay
                    + " to " + maxDelay);
        }
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Records a failed accept, logging it if its turn has come; returns how long to wait before the next one. */
    Duration failed(IOException failure) {
        failures++;
        delay = failures == 1 ? firstDelay : min(delay.multipliedBy(2), maxDelay);
        if (Long.bitCount(failures) == 1) { // 1, 2, 4, 8...: as many lines as doublings of the run
            log.println("chat server: accepting a connection failed: " + failure + " (" + failures + " in a row, "
                    + notLogged + " not logged); next try in " + delay.toMillis() + " ms");
            notLogged = 0;
        } else {
            notLogged++;
        }
        return delay;
    }

    /** Records a successful accept: the next failure waits {@link #FIRST_DELAY} again. */
    void succeeded() {
        if (failures > 0) {
            log.println("chat server: accepting works again after " + failures + " failures in a row");
        }
        failures = 0;
        notLogged = 0;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}

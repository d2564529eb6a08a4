package dev.chatlab.grader.lab04;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reconnect delays of the backoff check and its verdict on them. Each delay is what the client printed
 * before an attempt and the time measured from the end of the previous connection (or attempt) to the next
 * connection the grader accepted. Three rules:
 *
 * <ol>
 *   <li>Bound: each printed delay lies below the attempt's bound {@code min(8 s, 0.25 s * 2^(attempt - 1))},
 *       to the rounding of one decimal ({@link ReconnectLines#expectLost} checks it as the line comes).</li>
 *   <li>Honest: each measured time lies within [printed - 0.1 s, printed + 0.05 s + {@link #SLACK}]: the
 *       client waits the delay it prints, give or take the rounding and a busy machine.</li>
 *   <li>Spread: at least {@value #CLEARLY_BELOW_AT_LEAST} of the delays are printed more than 0.1 s below their
 *       bound. A client without jitter prints each bound itself (rounded: 0.3, 0.5, 1.0, 2.0) and has none:
 *       it fails with certainty. Full jitter draws each delay uniformly below its bound, so a delay is clearly
 *       below it with probability 0.6, 0.7, 0.85 and 0.925 for the bounds 0.25, 0.5, 1 and 2 s; over the
 *       check's 12 delays (3 clients, attempts 1 to 4 each) the chance that fewer than 2 are is 1.6e-7.</li>
 * </ol>
 *
 * Not thread-safe: the check runs its clients one after the other.
 */
final class BackoffDelays {

    /** The least number of delays that must lie clearly below their bound. */
    static final int CLEARLY_BELOW_AT_LEAST = 2;
    /** What a busy machine may add to a delay: scheduling, a TLS client's failed handshake, the connect. */
    static final Duration SLACK = Duration.ofSeconds(2);
    /** How far below its bound a printed delay must be to count as clearly below it. */
    private static final double CLEARLY = 0.1;

    /** One delay: the attempt's line, and the seconds measured until the attempt's connection came. */
    record Delay(String client, ReconnectLines.Lost printed, double measured) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s attempt %d: printed %.1f s of at most %s s, measured %.2f s",
                    client, printed.attempt(), printed.seconds(), printed.bound(), measured);
        }
    }

    private final List<Delay> delays = new ArrayList<>();

    /**
     * Records one delay, and fails at once if the measured time does not match the printed delay.
     *
     * @param measured from the end of the previous connection or attempt to this attempt's connection
     */
    void add(String client, ReconnectLines.Lost printed, Duration measured) {
        Delay delay = new Delay(client, printed, measured.toNanos() / 1e9);
        delays.add(delay);
        double low = printed.seconds() - 2 * ReconnectLines.ROUNDING;
        double high = printed.seconds() + ReconnectLines.ROUNDING + SLACK.toMillis() / 1e3;
        if (delay.measured() < low || delay.measured() > high) {
            throw new AssertionError(String.format(Locale.ROOT, "expected %s's attempt %d to connect %.1f s after"
                            + " the previous one ended, as it printed (between %.2f and %.2f s), but it came after"
                            + " %.2f s", client, printed.attempt(), printed.seconds(), low, high, delay.measured()));
        }
    }

    /** Fails unless enough delays lie clearly below their bounds (a backoff without jitter has none). */
    void expectSpread() {
        long clearlyBelow = delays.stream()
                .filter(delay -> delay.printed().seconds() < delay.printed().bound() - CLEARLY - 1e-9)
                .count();
        if (clearlyBelow < CLEARLY_BELOW_AT_LEAST) {
            throw new AssertionError("expected full-jitter delays, each drawn at random below min(8 s, 0.25 s *"
                    + " 2^attempt), at least " + CLEARLY_BELOW_AT_LEAST + " of these " + delays.size()
                    + " more than 0.1 s below their bound, but got " + clearlyBelow + ": " + delays);
        }
    }
}

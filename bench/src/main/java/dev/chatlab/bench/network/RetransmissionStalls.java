package dev.chatlab.bench.network;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * How a lossy network looks to an application. TCP never hands a gap to the reader: a lost segment is sent
 * again once the sender's retransmission timeout (RTO, at least 200 ms on Linux) has passed, and every byte
 * behind it waits in the receiver's kernel until then. So loss is modelled as what the reader sees: a
 * <em>stall</em>, a stretch in which one direction of one connection delivers nothing, after which all it
 * held arrives at once, in order.
 *
 * <p>Every {@link #TICK}, each direction of each open connection starts a stall with probability
 * {@code TICK / meanInterval} (so, on average, one stall every {@code meanInterval}, independently of the
 * other directions and connections), lasting a uniform draw from [{@code shortest}, {@code longest}].
 *
 * @param meanInterval the mean time between two stalls of one direction of one connection
 * @param shortest     the shortest stall: one RTO at its floor
 * @param longest      the longest stall
 */
public record RetransmissionStalls(Duration meanInterval, Duration shortest, Duration longest) {

    /** How often each direction of each connection draws whether it stalls. */
    public static final Duration TICK = Duration.ofMillis(100);

    /** @throws IllegalArgumentException if the interval is shorter than a tick or the stalls are out of order */
    public RetransmissionStalls {
        Objects.requireNonNull(meanInterval, "meanInterval");
        Objects.requireNonNull(shortest, "shortest");
        Objects.requireNonNull(longest, "longest");
        if (meanInterval.compareTo(TICK) < 0) {
            throw new IllegalArgumentException("Mean interval between stalls must be at least one tick ("
                    + TICK.toMillis() + " ms): " + meanInterval.toMillis() + " ms");
        }
        if (shortest.isNegative() || shortest.isZero() || longest.compareTo(shortest) < 0) {
            throw new IllegalArgumentException("Stalls must last more than 0, the longest at least the shortest: "
                    + shortest.toMillis() + " ms.." + longest.toMillis() + " ms");
        }
    }

    /** The chance that one direction of one connection starts a stall at one tick. */
    public double chancePerTick() {
        return (double) TICK.toNanos() / meanInterval.toNanos();
    }

    /** {@code 200-400 ms stalls, each direction on average every 5 s}. */
    public String describe() {
        return shortest.toMillis() + "-" + longest.toMillis() + " ms stalls, each direction on average every "
                + BigDecimal.valueOf(meanInterval.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }
}

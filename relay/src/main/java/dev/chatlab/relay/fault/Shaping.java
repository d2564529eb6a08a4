package dev.chatlab.relay.fault;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How one direction of every link is slowed down: each chunk waits {@code latency} plus a uniform random
 * share of {@code jitter} (order kept), then leaves at no more than {@code bytesPerSecond} (0: unlimited).
 */
public record Shaping(Duration latency, Duration jitter, long bytesPerSecond) {

    /** The longest latency or jitter the relay accepts. */
    public static final Duration MAX_DELAY = Duration.ofMinutes(1);

    /** No delay, no limit. */
    public static final Shaping NONE = new Shaping(Duration.ZERO, Duration.ZERO, 0);

    public Shaping {
        checkDelay("Latency", latency);
        checkDelay("Jitter", jitter);
        if (bytesPerSecond < 0) {
            throw new IllegalArgumentException("Bandwidth must not be negative: " + bytesPerSecond + " B/s");
        }
    }

    /** This shaping with another latency and jitter. */
    public Shaping withDelay(Duration latency, Duration jitter) {
        return new Shaping(latency, jitter, bytesPerSecond);
    }

    /** This shaping with another bandwidth (0: unlimited). */
    public Shaping withBandwidth(long bytesPerSecond) {
        return new Shaping(latency, jitter, bytesPerSecond);
    }

    /** The delay of one chunk: latency plus a uniform draw from [0, jitter], in nanoseconds. */
    public long delayNanos(RandomGenerator random) {
        long jitterNanos = jitter.toNanos();
        return latency.toNanos() + (jitterNanos == 0 ? 0 : random.nextLong(jitterNanos + 1));
    }

    /** {@code latency 100ms jitter 20ms, bandwidth 65536 B/s}. */
    public String describe() {
        return "latency " + latency.toMillis() + "ms jitter " + jitter.toMillis() + "ms, bandwidth "
                + (bytesPerSecond == 0 ? "unlimited" : bytesPerSecond + " B/s");
    }

    private static void checkDelay(String what, Duration delay) {
        Objects.requireNonNull(delay, what);
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException(what + " out of range (0 to 1 min): " + delay.toMillis() + "ms");
        }
    }
}

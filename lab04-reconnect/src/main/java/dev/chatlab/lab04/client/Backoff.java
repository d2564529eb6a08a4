package dev.chatlab.lab04.client;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Full-jitter exponential backoff (the jitter is a {@link Jitter} part): the delay before reconnect attempt {@code n} (counted from 0) is uniformly
 * random in {@code [0, min(cap, base * 2^n))}. The ceiling doubles with each failed attempt, so a server that
 * is down is not hammered; the jitter spreads clients that lost their connections at the same moment (a
 * server restart) over the whole interval instead of bringing them back in lockstep. {@link #CONTRACT} is
 * chat/1's: base 250 ms, cap 8 s.
 *
 * <p>Thread-safe if its random generator is; the client uses it on its event thread only.
 */
public final class Backoff {

    /** chat/1's backoff: base 250 ms, cap 8 s, on a fresh random generator. */
    public static final Duration BASE = Duration.ofMillis(250);
    /** The longest delay: 8 s. */
    public static final Duration CAP = Duration.ofSeconds(8);

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    /** A backoff from {@code base} up to {@code cap}, drawing its jitter from {@code random} (a seeded one in tests). */
    public Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.base = Objects.requireNonNull(base, "base");
        this.cap = Objects.requireNonNull(cap, "cap");
        this.random = Objects.requireNonNull(random, "random");
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("Base delay must be positive: " + base);
        }
        if (cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("Cap must be at least the base delay: " + cap + " < " + base);
        }
    }

    /** chat/1's backoff (base 250 ms, cap 8 s) on {@code random}. */
    public static Backoff contract(RandomGenerator random) {
        return new Backoff(BASE, CAP, random);
    }

    /** The ceiling of attempt {@code attempt}'s delay: {@code min(cap, base * 2^attempt)}. */
    public Duration ceiling(int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("Attempt must not be negative: " + attempt);
        }
        long doublings = Math.min(attempt, 62); // beyond that, 2^attempt overflows a long (the cap wins long before)
        long nanos = base.toNanos();
        return nanos > (cap.toNanos() >> doublings) ? cap : Duration.ofNanos(Math.min(cap.toNanos(), nanos << doublings));
    }

    /** The delay before attempt {@code attempt} (counted from 0): uniformly random below {@link #ceiling}. */
    public Duration delay(int attempt) {
        return delay(attempt, Jitter.FULL);
    }

    /** The delay before attempt {@code attempt} (counted from 0) that {@code jitter} draws below its ceiling. */
    public Duration delay(int attempt, Jitter jitter) {
        return Objects.requireNonNull(jitter, "jitter").delay(ceiling(attempt), random);
    }
}

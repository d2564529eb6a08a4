package dev.chatlab.lab03.limits;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A token bucket: it holds at most {@code burst} tokens, gains {@code ratePerSecond} tokens per second, and
 * each accepted frame uses one. It starts full, so a client may send {@code burst} frames at once, then
 * {@code ratePerSecond} frames per second for as long as it likes. Refilling is computed from the time that
 * passed, when the bucket is used: no timer thread.
 *
 * <p>A frame is checked with {@link #hasToken()} before the room handles it and pays with {@link #tryTake()}
 * only once it was accepted, so that a refused frame uses no token. Time comes from a nanosecond clock
 * ({@link System#nanoTime()} in production). Not thread-safe: one connection's reader thread uses it.
 */
public final class TokenBucket {

    /** chat/1's default rate for say and whisper: 10 frames per second. */
    public static final double DEFAULT_RATE_PER_SECOND = 10;
    /** chat/1's default burst: 20 frames. */
    public static final int DEFAULT_BURST = 20;

    private static final double NANOS_PER_SECOND = 1e9;

    private final double ratePerSecond;
    private final int burst;
    private final LongSupplier nanoClock;
    private double tokens;
    private long lastRefill;

    /**
     * A full bucket.
     *
     * @param nanoClock the time in nanoseconds, from an arbitrary origin, never going backwards
     */
    public TokenBucket(double ratePerSecond, int burst, LongSupplier nanoClock) {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("Rate must be a positive number of tokens per second: " + ratePerSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("Burst must be at least 1 token: " + burst);
        }
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.tokens = burst;
        this.lastRefill = nanoClock.getAsLong();
    }

    /** A full bucket with chat/1's defaults (10 per second, burst 20) on {@link System#nanoTime()}. */
    public static TokenBucket withDefaults() {
        return new TokenBucket(DEFAULT_RATE_PER_SECOND, DEFAULT_BURST, System::nanoTime);
    }

    /** Whether {@link #tryTake()} would succeed now; takes nothing. */
    public boolean hasToken() {
        refill();
        return tokens >= 1;
    }

    /** Takes one token if there is one, without waiting. */
    public boolean tryTake() {
        // BEGIN SOLUTION: take one token if the refilled bucket holds one
        refill();
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
        // END SOLUTION
    }

    private void refill() {
        // BEGIN SOLUTION: add the tokens earned since the last refill, never more than the burst
        long now = nanoClock.getAsLong();
        tokens = Math.min(burst, tokens + (now - lastRefill) * ratePerSecond / NANOS_PER_SECOND);
        lastRefill = now;
        // END SOLUTION
    }
}

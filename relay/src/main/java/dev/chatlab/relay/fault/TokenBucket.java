package dev.chatlab.relay.fault;

/**
 * Paces one direction to a byte rate. A token bucket that holds one slice: a slice of {@code n} bytes may
 * leave once the previous slices have "paid" {@code n / rate} seconds each, so over any stretch longer than a
 * slice the rate is at most {@code rate}, and an idle direction does not save up a burst. Not thread-safe:
 * one direction's delivery thread owns it.
 */
public final class TokenBucket {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int MAX_SLICE = 16 * 1024;
    private static final int SLICES_PER_SECOND = 50;

    private long nextFreeNanos = System.nanoTime();

    /** The most bytes to send in one go at {@code bytesPerSecond}: about 20 ms worth, 1 B to 16 KiB. */
    public static int sliceSize(long bytesPerSecond) {
        return (int) Math.max(1, Math.min(MAX_SLICE, bytesPerSecond / SLICES_PER_SECOND));
    }

    /**
     * Reserves {@code bytes} at {@code bytesPerSecond} and returns the {@link System#nanoTime()} at which they
     * may leave (now or later). A rate of 0 means unlimited: the bytes may leave now.
     */
    public long reserve(int bytes, long bytesPerSecond) {
        long now = System.nanoTime();
        if (bytesPerSecond == 0) {
            nextFreeNanos = now;
            return now;
        }
        long start = Math.max(now, nextFreeNanos);
        nextFreeNanos = start + Math.ceilDiv(bytes * NANOS_PER_SECOND, bytesPerSecond);
        return start;
    }
}

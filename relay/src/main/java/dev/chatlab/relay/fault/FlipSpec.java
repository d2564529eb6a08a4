package dev.chatlab.relay.fault;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Which byte of a direction to corrupt, and how: one byte at a stream offset in {@code [from, to]} (offsets
 * count from 0, the first byte the direction forwards) gets XORed with {@code mask}, exactly once.
 * {@code from == to} names the byte; otherwise the byte is drawn uniformly from the range.
 */
public record FlipSpec(long from, long to, int mask) {

    /** The mask that flips the lowest bit. */
    public static final int LOW_BIT = 0x01;

    public FlipSpec {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("Flip offsets must satisfy 0 <= from <= to: " + from + ".." + to);
        }
        if (mask < 1 || mask > 0xFF) {
            throw new IllegalArgumentException("Flip mask must be 1 to 255 (0x01 to 0xff): " + mask);
        }
    }

    /** The byte at {@code offset}, lowest bit flipped. */
    public static FlipSpec at(long offset) {
        return new FlipSpec(offset, offset, LOW_BIT);
    }

    /** A byte drawn from {@code [from, to]}, lowest bit flipped. */
    public static FlipSpec within(long from, long to) {
        return new FlipSpec(from, to, LOW_BIT);
    }

    /** This flip with another mask. */
    public FlipSpec withMask(int mask) {
        return new FlipSpec(from, to, mask);
    }

    /** The offset to flip: {@code from} itself, or a uniform draw from the range. */
    public long chooseOffset(RandomGenerator random) {
        return from == to ? from : from + random.nextLong(to - from + 1);
    }

    /** {@code at 200 mask 0x01} or {@code in 100..200 mask 0x01}. */
    public String describe() {
        String where = from == to ? "at " + from : "in " + from + ".." + to;
        return where + String.format(Locale.ROOT, " mask 0x%02x", mask);
    }
}

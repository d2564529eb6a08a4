package dev.chatlab.bench.load;

import java.nio.charset.StandardCharsets;

/**
 * The text of every message the generator says: {@code <sequence>.<sender>.<sentNanos>.} padded with
 * {@code x} to the scenario's message size. Receivers read the stamp back from the raw bytes of a
 * {@code message} frame, so that loss, order and latency are measured by every client on its own.
 *
 * <p>One instance per selector thread: encoding and decoding reuse its buffers and fields.
 */
final class MessageStamp {

    private static final byte[] PREFIX = "{\"type\":\"say\",\"text\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SUFFIX = "\"}\n".getBytes(StandardCharsets.US_ASCII);

    private final int messageSize;
    private final byte[] frame;

    int sequence;
    int sender;
    long sentNanos;
    private int cursor;

    MessageStamp(int messageSize) {
        this.messageSize = messageSize;
        this.frame = new byte[PREFIX.length + messageSize + SUFFIX.length];
        System.arraycopy(PREFIX, 0, frame, 0, PREFIX.length);
        System.arraycopy(SUFFIX, 0, frame, frame.length - SUFFIX.length, SUFFIX.length);
    }

    /** The say frame for one message, in a buffer that the next call overwrites. */
    byte[] encode(int sequenceNumber, int senderIndex, long sentAt) {
        int at = PREFIX.length;
        at = digits(sequenceNumber, at);
        frame[at++] = '.';
        at = digits(senderIndex, at);
        frame[at++] = '.';
        at = digits(sentAt, at);
        frame[at++] = '.';
        java.util.Arrays.fill(frame, at, PREFIX.length + messageSize, (byte) 'x');
        return frame;
    }

    /** Reads a stamp from the text at {@code b[start, end)} into the fields; false if it is not one. */
    boolean decode(byte[] b, int start, int end) {
        long first = number(b, start, end);
        if (first < 0 || first > Integer.MAX_VALUE) {
            return false;
        }
        long second = number(b, cursor, end);
        if (second < 0 || second > Integer.MAX_VALUE) {
            return false;
        }
        long third = number(b, cursor, end);
        if (third < 0) {
            return false;
        }
        sequence = (int) first;
        sender = (int) second;
        sentNanos = third;
        return true;
    }

    /** The decimal number at {@code at}, ended by '.', or -1; leaves {@link #cursor} after the dot. */
    private long number(byte[] b, int at, int end) {
        long value = 0;
        int first = at;
        while (at < end && b[at] >= '0' && b[at] <= '9' && at - first < 18) {
            value = value * 10 + (b[at] - '0');
            at++;
        }
        if (at == first || at >= end || b[at] != '.') {
            return -1;
        }
        cursor = at + 1;
        return value;
    }

    private int digits(long value, int at) {
        String text = Long.toString(value);
        for (int i = 0; i < text.length(); i++) {
            frame[at + i] = (byte) text.charAt(i);
        }
        return at + text.length();
    }
}

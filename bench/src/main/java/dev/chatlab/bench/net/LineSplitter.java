package dev.chatlab.bench.net;

import java.util.Arrays;

/**
 * Cuts one connection's byte stream into lines ended by {@code \n} (a {@code \r} right before it is left
 * out). A line that lies whole inside a chunk is handed on in place, without a copy; only the unfinished
 * tail of a chunk is kept, in a buffer that grows up to {@code maxLine} bytes.
 *
 * <p>Not thread-safe: one splitter per connection, used by the thread that owns the connection.
 */
public final class LineSplitter {

    /** Receives each complete line as {@code buffer[start, end)}; the bytes are valid only during the call. */
    @FunctionalInterface
    public interface LineSink {
        void line(byte[] buffer, int start, int end);
    }

    private final int maxLine;
    private byte[] carry = new byte[0];
    private int carried;

    /** A splitter that refuses lines longer than {@code maxLine} bytes (at least 1). */
    public LineSplitter(int maxLine) {
        if (maxLine < 1) {
            throw new IllegalArgumentException("Line limit must be at least 1 byte: " + maxLine);
        }
        this.maxLine = maxLine;
    }

    /**
     * Feeds {@code chunk[offset, offset + length)} and calls {@code sink} once per line it completes.
     *
     * @throws LineTooLongException if a line grows past the limit; the splitter is then unusable
     */
    public void feed(byte[] chunk, int offset, int length, LineSink sink) {
        int end = offset + length;
        int start = offset;
        for (int i = offset; i < end; i++) {
            if (chunk[i] != '\n') {
                continue;
            }
            if (carried > 0) {
                append(chunk, start, i);
                emit(carry, 0, carried, sink);
                carried = 0;
            } else {
                emit(chunk, start, i, sink);
            }
            start = i + 1;
        }
        if (start < end) {
            append(chunk, start, end);
        }
    }

    private void append(byte[] chunk, int from, int to) {
        int needed = carried + (to - from);
        if (needed > maxLine + 1) {
            throw new LineTooLongException(maxLine);
        }
        if (needed > carry.length) {
            carry = Arrays.copyOf(carry, Math.min(maxLine + 1, Math.max(needed, carry.length * 2)));
        }
        System.arraycopy(chunk, from, carry, carried, to - from);
        carried = needed;
    }

    private static void emit(byte[] buffer, int start, int end, LineSink sink) {
        int contentEnd = end > start && buffer[end - 1] == '\r' ? end - 1 : end;
        sink.line(buffer, start, contentEnd);
    }

    /** Thrown when a line exceeds the splitter's limit: the peer does not speak chat/1. */
    public static final class LineTooLongException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        LineTooLongException(int maxLine) {
            super("A line from the server is longer than " + maxLine + " bytes.");
        }
    }
}

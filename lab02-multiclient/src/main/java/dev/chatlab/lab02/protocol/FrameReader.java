package dev.chatlab.lab02.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Cuts a byte stream into frames: lines ended by {@code \n}, an optional {@code \r} before it being part of
 * the line end. A frame's content is at most {@code limit} bytes, and the reader never holds more than that
 * (plus a fixed read buffer), however long the line on the wire is.
 *
 * <p>As soon as a line's content exceeds the limit, {@link #readFrame()} throws {@code FRAME_TOO_LONG}, once;
 * the next call first discards the rest of that line, through its {@code \n}. A {@code \r} arriving as byte
 * {@code limit + 1} only counts once the byte after it turns out not to be {@code \n}.
 *
 * <p>Not thread-safe: one reader thread per stream.
 */
public final class FrameReader {

    /** chat/1's limit on a frame's content, not counting the {@code \n} or a {@code \r} right before it. */
    public static final int MAX_FRAME_BYTES = 16_384;

    private final InputStream in;
    private final int limit;
    private final byte[] line;
    private final byte[] chunk = new byte[8192];
    private int length;
    private int chunkPosition;
    private int chunkEnd;
    private boolean crAfterFullLine;
    private boolean discarding;

    /** A reader of frames of at most {@code limit} bytes from {@code in}. */
    public FrameReader(InputStream in, int limit) {
        this.in = Objects.requireNonNull(in, "in");
        if (limit < 1) {
            throw new IllegalArgumentException("Frame limit must be at least 1: " + limit);
        }
        this.limit = limit;
        this.line = new byte[limit];
    }

    /**
     * Blocks until the next whole frame has arrived and returns its content, without the line end (possibly
     * empty). Returns {@code null} at the end of the stream; bytes after the last {@code \n} are not a frame.
     *
     * @throws ProtocolException {@code FRAME_TOO_LONG} as soon as the current line exceeds the limit
     * @throws IOException if reading the stream fails
     */
    public byte[] readFrame() throws IOException, ProtocolException {
        // BEGIN SOLUTION: cut the stream into lines, never holding more than 16384 bytes of one line
        int next;
        while ((next = nextByte()) != -1) {
            if (discarding) {
                discarding = next != '\n';
            } else if (next == '\n') {
                boolean crInLine = !crAfterFullLine && length > 0 && line[length - 1] == '\r';
                byte[] frame = Arrays.copyOf(line, crInLine ? length - 1 : length);
                length = 0;
                crAfterFullLine = false;
                return frame;
            } else if (length < limit) {
                line[length++] = (byte) next;
            } else if (next == '\r' && !crAfterFullLine) {
                crAfterFullLine = true;
            } else {
                length = 0;
                crAfterFullLine = false;
                discarding = true;
                throw new ProtocolException(ErrorCode.FRAME_TOO_LONG,
                        "A frame must not be longer than " + limit + " bytes.");
            }
        }
        return null;
        // END SOLUTION
    }

    /** The next byte of the stream (0-255), or -1 at its end. Blocks while no byte is available. */
    private int nextByte() throws IOException {
        if (chunkPosition == chunkEnd) {
            int count = in.read(chunk);
            if (count == -1) {
                return -1;
            }
            chunkPosition = 0;
            chunkEnd = count;
        }
        return chunk[chunkPosition++] & 0xff;
    }
}

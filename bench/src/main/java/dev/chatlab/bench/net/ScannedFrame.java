package dev.chatlab.bench.net;

/**
 * The fields {@link FrameScanner} found in one frame, as positions in the scanned buffer (valid only while
 * that buffer is). Reused from frame to frame by one thread, so that reading a frame allocates nothing.
 */
public final class ScannedFrame {

    FrameType type = FrameType.OTHER;
    long id = -1;
    byte[] buffer;
    /** The string fields located, numbered as {@link FrameScanner}'s keys: where each value starts and ends. */
    static final int TEXT = 0;
    static final int NICK = 1;
    static final int REASON = 2;
    static final int CODE = 3;
    static final int TOKEN = 4;

    final int[] starts = {-1, -1, -1, -1, -1};
    final int[] ends = {-1, -1, -1, -1, -1};

    void reset(byte[] scanned) {
        type = FrameType.OTHER;
        id = -1;
        buffer = scanned;
        java.util.Arrays.fill(starts, -1);
        java.util.Arrays.fill(ends, -1);
    }

    /** The frame's {@code type}, {@link FrameType#OTHER} for one the generator does not use. */
    public FrameType type() {
        return type;
    }

    /** The integer field {@code id}, or -1 when the frame has none. */
    public long id() {
        return id;
    }

    /** The raw (still JSON-escaped) bytes of the string field {@code text}, or null when it has none. */
    public byte[] buffer() {
        return buffer;
    }

    /** Start of {@code text}'s raw bytes in {@link #buffer()}, or -1 when the frame has no text. */
    public int textStart() {
        return starts[TEXT];
    }

    /** End (exclusive) of {@code text}'s raw bytes in {@link #buffer()}. */
    public int textEnd() {
        return ends[TEXT];
    }

    /** The string field {@code nick}, decoded, or null when the frame has none. */
    public String nick() {
        return starts[NICK] < 0 ? null : ascii(starts[NICK], ends[NICK]);
    }

    /** True if the string field {@code reason} holds exactly {@code expected} (ASCII, no escapes). */
    public boolean reasonIs(String expected) {
        return holds(REASON, expected);
    }

    /** True if the string field {@code code} (an error's) holds exactly {@code expected} (ASCII, no escapes). */
    public boolean codeIs(String expected) {
        return holds(CODE, expected);
    }

    /**
     * The {@code pong} that answers this {@code ping}: the same token, its raw JSON bytes copied as they came
     * (still escaped, so still a valid JSON string), or no token when the ping had none. Pings are rare: this
     * one method allocates.
     */
    public byte[] pong() {
        String token = starts[TOKEN] < 0 ? "" : ",\"token\":\"" + ascii(starts[TOKEN], ends[TOKEN]) + "\"";
        return ("{\"type\":\"pong\"" + token + "}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private boolean holds(int field, String expected) {
        int start = starts[field];
        if (start < 0 || ends[field] - start != expected.length()) {
            return false;
        }
        for (int i = 0; i < expected.length(); i++) {
            if (buffer[start + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String ascii(int start, int end) {
        return new String(buffer, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
    }
}

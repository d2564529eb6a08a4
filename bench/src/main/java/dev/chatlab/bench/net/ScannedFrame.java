package dev.chatlab.bench.net;

/**
 * The fields {@link FrameScanner} found in one frame, as positions in the scanned buffer (valid only while
 * that buffer is). Reused from frame to frame by one thread, so that reading a frame allocates nothing.
 */
public final class ScannedFrame {

    FrameType type = FrameType.OTHER;
    long id = -1;
    byte[] buffer;
    int textStart = -1;
    int textEnd = -1;
    int nickStart = -1;
    int nickEnd = -1;
    int reasonStart = -1;
    int reasonEnd = -1;
    int codeStart = -1;
    int codeEnd = -1;
    int tokenStart = -1;
    int tokenEnd = -1;

    void reset(byte[] scanned) {
        type = FrameType.OTHER;
        id = -1;
        buffer = scanned;
        textStart = textEnd = nickStart = nickEnd = reasonStart = reasonEnd = -1;
        codeStart = codeEnd = tokenStart = tokenEnd = -1;
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
        return textStart;
    }

    /** End (exclusive) of {@code text}'s raw bytes in {@link #buffer()}. */
    public int textEnd() {
        return textEnd;
    }

    /** The string field {@code nick}, decoded, or null when the frame has none. */
    public String nick() {
        return nickStart < 0 ? null : ascii(nickStart, nickEnd);
    }

    /** True if the string field {@code reason} holds exactly {@code expected} (ASCII, no escapes). */
    public boolean reasonIs(String expected) {
        return holds(reasonStart, reasonEnd, expected);
    }

    /** True if the string field {@code code} (an error's) holds exactly {@code expected} (ASCII, no escapes). */
    public boolean codeIs(String expected) {
        return holds(codeStart, codeEnd, expected);
    }

    /**
     * The {@code pong} that answers this {@code ping}: the same token, its raw JSON bytes copied as they came
     * (still escaped, so still a valid JSON string), or no token when the ping had none. Pings are rare: this
     * one method allocates.
     */
    public byte[] pong() {
        String token = tokenStart < 0 ? "" : ",\"token\":\"" + ascii(tokenStart, tokenEnd) + "\"";
        return ("{\"type\":\"pong\"" + token + "}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private boolean holds(int start, int end, String expected) {
        if (start < 0 || end - start != expected.length()) {
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

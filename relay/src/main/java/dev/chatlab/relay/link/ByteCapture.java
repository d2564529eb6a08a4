package dev.chatlab.relay.link;

import java.io.ByteArrayOutputStream;

/** The first {@code limit} bytes a direction forwarded, for a test to inspect. Thread-safe. */
final class ByteCapture {

    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean truncated; // guarded by this

    /** @param limit the most bytes kept; 0 keeps none */
    ByteCapture(int limit) {
        this.limit = limit;
    }

    synchronized void record(byte[] data) {
        int room = limit - bytes.size();
        bytes.write(data, 0, Math.min(room, data.length));
        truncated |= data.length > room;
    }

    synchronized byte[] bytes() {
        return bytes.toByteArray();
    }

    /** True when bytes arrived after the limit was reached (with limit 0: whenever any byte arrived). */
    synchronized boolean truncated() {
        return truncated;
    }
}

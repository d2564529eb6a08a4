package dev.chatlab.relay.fault;

/** How a link is cut: both sockets closed normally, or reset. */
public enum CutMode {

    /** An orderly close: each side reads end of stream (a FIN on the wire). */
    CLOSE,
    /** An abortive close: each side's next read or write fails with "Connection reset" (an RST on the wire). */
    RESET;

    /** {@code ""} or {@code " (reset)"}, to append to a description. */
    public String suffix() {
        return this == RESET ? " (reset)" : "";
    }
}

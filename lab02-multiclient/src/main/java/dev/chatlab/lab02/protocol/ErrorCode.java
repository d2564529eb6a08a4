package dev.chatlab.lab02.protocol;

/**
 * The {@code code} of an {@code error} frame, listed as the contract lists them; the order in which the server
 * checks them (framing, type, registration, fields, state) is in {@link ClientFrameCodec}. The wire name is
 * the constant's name. AUTH_FAILED and RATE_LIMITED are lab03's, SESSION_EXPIRED is lab04's: lab02's server
 * never sends them, but its client shows them like any other error.
 */
public enum ErrorCode {
    /** The line is not valid UTF-8, not one JSON object, or a field is missing or of the wrong JSON type. */
    BAD_FRAME,
    /** The line's content is longer than {@value FrameReader#MAX_FRAME_BYTES} bytes. */
    FRAME_TOO_LONG,
    /** The {@code type} is not one a client may send. */
    UNKNOWN_TYPE,
    /** Anything but hello, ping or bye before a successful hello. */
    NOT_REGISTERED,
    /** A second hello on a registered connection. */
    ALREADY_REGISTERED,
    /** A nick that is not 1 to 16 of {@code [A-Za-z0-9_-]}. */
    BAD_NICK,
    /** The nick is already registered, ignoring case. */
    NICK_TAKEN,
    /** A whisper to a nick that nobody has registered. */
    NO_SUCH_USER,
    /** A text that is empty, blank, too long or holds a forbidden control character. */
    BAD_TEXT,
    /** (lab03) A hello with a missing or wrong password, or for an unknown account; the server then closes. */
    AUTH_FAILED,
    /** (lab03) Too many messages too fast (not delivered), or a hello from a locked-out address (closed). */
    RATE_LIMITED,
    /** (lab04) A resume whose session is unknown or expired; the connection stays open for a hello. */
    SESSION_EXPIRED
}

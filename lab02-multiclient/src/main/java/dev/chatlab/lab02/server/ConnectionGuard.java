package dev.chatlab.lab02.server;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.ProtocolException;
import java.io.IOException;

/**
 * Watches one connection for a later lab: its handshake, its deadlines, its limits. lab02's {@link #NONE}
 * does nothing: every method has a default that lets the connection go on, so a guard overrides only what
 * it needs.
 *
 * <p>{@link ConnectionPolicy#guard} makes it on the accept thread. Every other method is called on the
 * connection's reader thread, in this order: {@link #beforeFirstFrame()} once; then for each frame
 * {@link #check} (once its fields passed chat/1's checks), and {@link #accepted} or {@link #closeAfterError};
 * last {@link #ended()}, once, however the connection ends. Only {@link #ended()} may be called while another
 * thread still uses the guard (a deadline's timer, say).
 */
public interface ConnectionGuard {

    /** lab02's guard: no handshake, no deadline, no limit. */
    ConnectionGuard NONE = new ConnectionGuard() {
    };

    /**
     * Runs before the first frame is read, such as lab03's TLS handshake; blocks while it runs.
     *
     * @throws IOException to close this connection quietly: no error frame, no log line, nobody else is told
     */
    default void beforeFirstFrame() throws IOException {
    }

    /**
     * Checks a frame whose fields passed, before the room sees it: lab03 checks a hello's address and password
     * here, and whether a say or whisper has a token left. chat/1's errors of state ({@code NICK_TAKEN},
     * {@code NO_SUCH_USER}) come after this check.
     *
     * @throws ProtocolException to refuse the frame with its error; {@link ProtocolException#closing} also
     *                           closes the connection once the error frame is sent
     */
    default void check(ClientFrame frame) throws ProtocolException {
    }

    /**
     * Reports a frame handled without error: a hello has registered its nick, a say or whisper was delivered,
     * a ping answered, a bye taken. A frame that was refused, at any step, is never reported here.
     */
    default void accepted(ClientFrame frame) {
    }

    /**
     * Reports an error reply just queued for the client ({@code FRAME_TOO_LONG} and those thrown by
     * {@link #check} included); returns {@code true} to close the connection once the error frame is sent.
     */
    default boolean closeAfterError(ErrorCode code) {
        return false;
    }

    /** Reports that the connection has ended (its socket is closed), so the guard can stop its timers. */
    default void ended() {
    }
}

package dev.chatlab.bench.net;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * How one non-blocking connection moves application bytes. The load loop only ever sees plain chat/1
 * bytes through this interface; what lies under it (plain TCP in {@link PlainTransport}, an
 * {@link javax.net.ssl.SSLEngine} that wraps and unwraps records in {@link TlsTransport}) is the
 * transport's business.
 *
 * <p>No method blocks. All are called from the one selector thread that owns the connection.
 */
public interface Transport extends AutoCloseable {

    /**
     * Moves the transport's own handshake on with what the socket has now; called once the TCP connection is
     * up, then whenever the socket is ready, until it returns true. Plain TCP has none.
     *
     * @return true once application bytes may flow
     * @throws IOException if the handshake failed (for TLS, an {@link javax.net.ssl.SSLException} that says why)
     */
    default boolean handshake() throws IOException {
        return true;
    }

    /**
     * True while the transport holds bytes of its own that the socket has not taken yet (TLS records already
     * wrapped): the owner then waits for the socket to become writable and calls {@link #write} again, with
     * an empty buffer if it has nothing more to say.
     */
    default boolean wantsWrite() {
        return false;
    }

    /**
     * Reads whatever application bytes are ready into {@code dst}.
     *
     * @return the bytes added to {@code dst}, possibly 0, or -1 at the end of the stream
     * @throws IOException if the connection failed
     */
    int read(ByteBuffer dst) throws IOException;

    /**
     * Writes as much of {@code src} as the connection takes now; what remains stays in {@code src}.
     *
     * @return the application bytes consumed from {@code src}
     * @throws IOException if the connection failed
     */
    int write(ByteBuffer src) throws IOException;

    /** Closes the connection. Idempotent; never throws. */
    @Override
    void close();
}

package dev.chatlab.bench.net;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * How one non-blocking connection moves application bytes. The load loop only ever sees plain chat/1
 * bytes through this interface; what lies under it (plain TCP now, an {@link javax.net.ssl.SSLEngine} that
 * wraps and unwraps records for lab03) is the transport's business.
 *
 * <p>Neither method blocks. Both are called from the one selector thread that owns the connection.
 */
public interface Transport extends AutoCloseable {

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

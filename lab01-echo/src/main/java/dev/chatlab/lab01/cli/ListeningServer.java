package dev.chatlab.lab01.cli;

import java.io.IOException;

/**
 * A server as the process contract runs it: bound and listening once created, so its {@link #port()} is
 * known; {@link #serve()} blocks until {@link #close()} is called from another thread.
 */
public interface ListeningServer extends AutoCloseable {

    /** The local port the server listens on. */
    int port();

    /**
     * Serves clients until {@link #close()}; then returns normally.
     *
     * @throws IOException if the listening socket itself fails
     */
    void serve() throws IOException;

    /** Stops accepting and closes every client, so that {@link #serve()} returns. Idempotent. */
    @Override
    void close();
}

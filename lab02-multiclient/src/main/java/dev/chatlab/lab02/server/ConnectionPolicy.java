package dev.chatlab.lab02.server;

import java.net.Socket;

/**
 * The server's rules for new connections: whether the accept loop keeps one, and the {@link ConnectionGuard}
 * that watches it. lab02's {@link #UNLIMITED} keeps every connection and guards none; lab03 supplies its own
 * (at most {@code --max-connections}, a TLS handshake, deadlines, rate limits) without changing the server.
 *
 * <p>Both methods are called on the accept thread, right after {@code accept()} and before any byte of the
 * connection is read. They must not block: every client waits for the accept loop. Implementations must be
 * thread-safe only if the state they keep is shared with the guards they make.
 */
public interface ConnectionPolicy {

    /** lab02's policy: every connection is served, with {@link ConnectionGuard#NONE}. */
    ConnectionPolicy UNLIMITED = new ConnectionPolicy() {
        @Override
        public boolean admits(int openConnections) {
            return true;
        }

        @Override
        public ConnectionGuard guard(Socket socket, Runnable close) {
            return ConnectionGuard.NONE;
        }
    };

    /**
     * Whether to serve a connection just accepted; if not, the server closes it at once, reads nothing from
     * it and tells nobody.
     *
     * @param openConnections the connections open now, this one and those still in a handshake included
     */
    boolean admits(int openConnections);

    /**
     * The guard of a connection that {@link #admits} kept. Called once per connection, at accept, so a deadline
     * the guard starts here runs from accept.
     *
     * @param socket the connection, not read from yet
     * @param close  closes the connection at once (from any thread, say a deadline's timer; safe to call more
     *               than once, never throws); a registered client then leaves with reason {@code disconnect}
     */
    ConnectionGuard guard(Socket socket, Runnable close);
}

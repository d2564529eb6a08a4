package dev.chatlab.lab02.client;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;

/**
 * How the client reaches its server: opens the connection and explains why it failed. lab02's
 * {@link TcpConnector} opens plain TCP; lab03 supplies one that adds TLS (the handshake, the chain and host
 * name checks) without {@link ChatClient} knowing anything about TLS.
 *
 * <p>Called on the client's main thread, before any frame is sent.
 */
public interface ServerConnector {

    /**
     * Opens a connection to the server, ready to carry chat/1 frames. Blocks for at most about
     * {@code timeout} (lab03: for the TCP connect and again for the handshake).
     *
     * @throws IOException if the connection cannot be made; {@link #describe} explains it to the user
     */
    Socket connect(Duration timeout) throws IOException;

    /**
     * The user's explanation of a failure to connect or to register, the text after {@code error: } on
     * stderr: for example {@code cannot connect to 127.0.0.1:7002: Connection refused}, or lab03's
     * {@code TLS: ...}. Called for a failure of {@link #connect}, and for an I/O failure while the hello is
     * sent or its answer read (TLS 1.3 reports a refused client certificate on the client's first read).
     */
    String describe(IOException failure);
}

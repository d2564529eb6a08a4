package dev.chatlab.lab02.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

/**
 * lab02's {@link ServerConnector}: a plain TCP connection to {@code host:port}, as lab01's echo client
 * makes it. A failure reads {@code cannot connect to 127.0.0.1:7002: Connection refused}.
 *
 * @param host the server's host name or address, as the user typed it
 * @param port the server's port, 1 to 65535
 */
public record TcpConnector(String host, int port) implements ServerConnector {

    public TcpConnector {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("Port out of range for a client: " + port);
        }
    }

    /** Resolves the host, then connects, waiting at most {@code timeout} for the server to answer. */
    @Override
    public Socket connect(Duration timeout) throws IOException {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new UnknownHostException(host);
        }
        Socket socket = new Socket();
        try {
            socket.connect(address, (int) timeout.toMillis());
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public String describe(IOException failure) {
        String reason = failure instanceof UnknownHostException ? "unknown host" : failure.getMessage();
        return "cannot connect to " + host + ":" + port + ": " + reason;
    }
}

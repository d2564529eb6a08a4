package dev.chatlab.lab03.client;

import dev.chatlab.lab02.client.ServerConnector;
import dev.chatlab.lab02.client.TcpConnector;
import dev.chatlab.lab03.tls.ClientTls;
import dev.chatlab.lab03.tls.TlsFailure;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLException;

/**
 * lab03's {@link ServerConnector}: TLS 1.3 to {@code host:port} with {@link ClientTls}, which checks the
 * server's chain up to the trusted CA and that its certificate names {@code host}, exactly as typed (a DNS
 * name, or for an address such as 127.0.0.1 an IP entry). lab02's {@code ChatClient} runs on top, unaware of
 * TLS.
 *
 * <p>A TLS failure, in the handshake or on the first read (where TLS 1.3 reports a refused client
 * certificate), reads {@code TLS: <reason>}; any other failure reads as lab02's {@link TcpConnector} says
 * it, e.g. {@code cannot connect to 127.0.0.1:7003: Connection refused}.
 *
 * @param tls  the client's TLS: trust anchor, own certificate if any
 * @param host the server's host name or address, as the user typed it
 * @param port the server's port, 1 to 65535
 */
public record TlsConnector(ClientTls tls, String host, int port) implements ServerConnector {

    public TlsConnector {
        Objects.requireNonNull(tls, "tls");
        new TcpConnector(host, port); // checks the host and the port alike
    }

    /** Connects and completes the TLS handshake, within {@code timeout} in all. */
    @Override
    public Socket connect(Duration timeout) throws IOException {
        return tls.connect(host, port, timeout);
    }

    @Override
    public String describe(IOException failure) {
        return switch (failure) {
            case TlsFailure tlsFailure -> "TLS: " + tlsFailure.getMessage();
            case SSLException sslFailure -> "TLS: " + TlsFailure.of(sslFailure, host).getMessage();
            default -> new TcpConnector(host, port).describe(failure);
        };
    }
}

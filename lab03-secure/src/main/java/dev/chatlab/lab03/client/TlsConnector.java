package dev.chatlab.lab03.client;

import dev.chatlab.lab02.client.ServerConnector;
import dev.chatlab.lab02.client.TcpConnector;
import dev.chatlab.lab03.tls.ClientTls;
import dev.chatlab.lab03.tls.TlsFailure;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLException;

/**
 * lab03's {@link ServerConnector}: TLS 1.3 to {@code host:port} with {@link ClientTls}, which checks the
 * server's chain up to the trusted CA and that its certificate names {@code host}, exactly as typed (a DNS
 * name, or for an address such as 127.0.0.1 an IP entry). lab02's {@code ChatClient} runs on top, unaware of
 * TLS. Used for one connection.
 *
 * <p>A TLS failure reads {@code TLS: <reason>}: in the handshake, and after it, while hello is sent and its
 * answer read. In TLS 1.3 a server judges the client's certificate after the client's handshake is done, so a
 * refusal arrives as an alert on the first read; or, when the server closed first, as a reset on the first
 * write, which hides the alert. Any other failure reads as lab02's {@link TcpConnector} says it, e.g.
 * {@code cannot connect to 127.0.0.1:7003: Connection refused}.
 */
public final class TlsConnector implements ServerConnector {

    private final ClientTls tls;
    private final TcpConnector tcp;
    private volatile boolean handshakeDone;

    /**
     * A connector to {@code host:port}, trusting what {@code tls} trusts.
     *
     * @param host the server's host name or address, as the user typed it: the certificate must name it
     * @throws IllegalArgumentException if the port is not 1 to 65535
     */
    public TlsConnector(ClientTls tls, String host, int port) {
        this.tls = Objects.requireNonNull(tls, "tls");
        this.tcp = new TcpConnector(host, port); // checks the host and the port
    }

    /** Connects and completes the TLS handshake, within {@code timeout} in all. */
    @Override
    public Socket connect(Duration timeout) throws IOException {
        Socket socket = tls.connect(tcp.host(), tcp.port(), timeout);
        handshakeDone = true;
        return socket;
    }

    @Override
    public String describe(IOException failure) {
        return switch (failure) {
            case TlsFailure tlsFailure -> "TLS: " + tlsFailure.getMessage();
            case SSLException sslFailure -> "TLS: " + TlsFailure.of(sslFailure, tcp.host()).getMessage();
            case SocketException reset when handshakeDone ->
                    "TLS: the server closed the connection right after the handshake (" + reset.getMessage()
                            + "); it may require a client certificate (--cert/--key) or refuse this one";
            default -> tcp.describe(failure);
        };
    }
}

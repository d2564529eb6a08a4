package dev.chatlab.lab03.tls;

import dev.chatlab.lab03.pki.Credential;
import dev.chatlab.lab03.pki.PemFiles;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * The client's side of TLS: trusts the given CA certificates and nothing else (not the JDK's default CAs,
 * and there is no "trust everything" switch), checks that the server's certificate names the host that was
 * dialled, speaks TLS 1.3 only, and presents a client certificate when one is given (mutual TLS).
 * Immutable, thread-safe.
 */
public final class ClientTls {

    private final SSLContext context;

    private ClientTls(SSLContext context) {
        this.context = context;
    }

    /**
     * TLS for a client that trusts {@code anchors}.
     *
     * @param own the client's certificate and key, or null to present none
     */
    public static ClientTls of(List<X509Certificate> anchors, Credential own) throws GeneralSecurityException {
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("A TLS client needs at least one CA certificate to trust");
        }
        return new ClientTls(TlsKeyStores.context(own, List.copyOf(anchors)));
    }

    /**
     * TLS from PEM files: {@code --ca ca.pem [--cert client.pem --key client-key.pem]}.
     *
     * @param certificateChain the client's certificate chain, or null (then {@code key} must be null too)
     * @throws IllegalArgumentException if only one of {@code certificateChain} and {@code key} is given
     * @throws PemFiles.PemException naming the file that cannot be read, or a key that does not match
     */
    public static ClientTls fromPem(Path ca, Path certificateChain, Path key) throws IOException, GeneralSecurityException {
        Objects.requireNonNull(ca, "ca");
        if ((certificateChain == null) != (key == null)) {
            throw new IllegalArgumentException("a client certificate needs its key: give --cert and --key together");
        }
        Credential own = certificateChain == null ? null : PemFiles.readCredential(certificateChain, key);
        return of(PemFiles.readCertificates(ca), own);
    }

    /** The parameters of every connection: TLS 1.3 only, and the server's certificate must name the host. */
    public SSLParameters parameters() {
        SSLParameters parameters = context.getDefaultSSLParameters();
        // BEGIN SOLUTION: allow only TLS 1.3 on the client, and check that the certificate names the host dialled
        parameters.setProtocols(new String[] {"TLSv1.3"});
        parameters.setEndpointIdentificationAlgorithm("HTTPS"); // RFC 2818: DNS or IP subject alternative names
        return parameters;
        // END SOLUTION
    }

    /**
     * Connects to {@code host:port} and completes the TLS handshake, all within {@code timeout}. Blocks.
     * The server's certificate must name {@code host} (a DNS name, or an IP address as dialled).
     *
     * <p>In TLS 1.3 a client finishes its handshake before the server has checked the client's certificate:
     * a server that refuses it answers with an alert that the first read throws ({@link TlsFailure#of} says
     * why).
     *
     * @return a connected socket whose handshake is done, with no read timeout
     * @throws TlsFailure if the TLS handshake fails or does not finish in time
     * @throws IOException if the TCP connection cannot be made
     */
    public SSLSocket connect(String host, int port, Duration timeout) throws IOException {
        return connect(new InetSocketAddress(Objects.requireNonNull(host, "host"), port), host, timeout);
    }

    /**
     * Like {@link #connect(String, int, Duration)}, but dials {@code address} and expects the certificate to
     * name {@code serverName}: for a server whose name does not resolve to the address to dial.
     */
    public SSLSocket connect(InetSocketAddress address, String serverName, Duration timeout) throws IOException {
        Objects.requireNonNull(serverName, "serverName");
        long deadline = System.nanoTime() + timeout.toNanos();
        Socket tcp = new Socket();
        try {
            tcp.connect(address, millisUntil(deadline));
            SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(tcp, serverName, address.getPort(), true);
            tls.setSSLParameters(parameters()); // serverName: the name the certificate must hold, and the SNI
            tls.setSoTimeout(millisUntil(deadline));
            try {
                tls.startHandshake();
            } catch (SocketTimeoutException e) {
                throw new TlsFailure("no TLS handshake within " + timeout.toMillis() + " ms (is the server a TLS server?)", e);
            } catch (SSLException e) {
                throw TlsFailure.of(e, serverName);
            }
            tls.setSoTimeout(0);
            return tls;
        } catch (IOException | RuntimeException e) {
            tcp.close();
            throw e;
        }
    }

    private static int millisUntil(long deadline) throws SocketTimeoutException {
        long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
        if (left <= 0) {
            throw new SocketTimeoutException("connect timed out");
        }
        return (int) Math.min(left, Integer.MAX_VALUE);
    }
}

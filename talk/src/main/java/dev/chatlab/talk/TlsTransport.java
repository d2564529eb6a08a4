package dev.chatlab.talk;

import dev.chatlab.lab01.cli.CommandFailedException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS 1.3 over a connected TCP socket, as {@code openssl s_client -verify_return_error} would do it: only the
 * given CA is trusted (never the JDK's default CAs), the chain AND the host name are verified (endpoint
 * identification "HTTPS": the certificate's DNS or IP subject alternative names must hold the server name),
 * and a client certificate is presented when one is given (mutual TLS). Immutable.
 */
final class TlsTransport implements Transport {

    private static final int HANDSHAKE_TIMEOUT_MILLIS = 10_000;
    private static final char[] IN_MEMORY = new char[0]; // the key stores below never leave this process

    private final SSLContext context;
    private final String serverName;

    private TlsTransport(SSLContext context, String serverName) {
        this.context = context;
        this.serverName = serverName;
    }

    /**
     * TLS that trusts the certificates of {@code ca} and expects {@code serverName} in the server's
     * certificate; presents {@code cert} with {@code key} when both are given (both null otherwise).
     *
     * @throws CommandFailedException ({@code TLS: ...}) if a file cannot be read or the key does not fit
     */
    static TlsTransport load(Path ca, Path cert, Path key, String serverName) {
        Objects.requireNonNull(ca, "ca");
        Objects.requireNonNull(serverName, "serverName");
        try {
            KeyStore trusted = emptyStore();
            List<X509Certificate> anchors = PemMaterial.certificates(ca);
            for (int i = 0; i < anchors.size(); i++) {
                trusted.setCertificateEntry("ca-" + i, anchors.get(i));
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            KeyManagerFactory own = null;
            if (cert != null) {
                KeyStore presented = emptyStore();
                presented.setKeyEntry("client", PemMaterial.privateKey(key), IN_MEMORY,
                        PemMaterial.certificates(cert).toArray(Certificate[]::new));
                own = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                own.init(presented, IN_MEMORY);
            }
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(own == null ? null : own.getKeyManagers(), trust.getTrustManagers(), null);
            return new TlsTransport(context, serverName);
        } catch (IOException | GeneralSecurityException e) {
            throw new CommandFailedException("TLS: " + e.getMessage(), e);
        }
    }

    /** Runs the handshake over {@code tcp} (at most 10 s) and prints the one-line summary on {@code notes}. */
    @Override
    public Socket open(Socket tcp, PrintStream notes) throws IOException {
        // Layered on the TCP socket; the name given here is the one verified and sent as SNI.
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(tcp, serverName, tcp.getPort(), true);
        try {
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setProtocols(new String[] {"TLSv1.3"});       // 1.2 and below are refused
            parameters.setEndpointIdentificationAlgorithm("HTTPS");  // check the host name, not only the chain
            tls.setSSLParameters(parameters);
            tls.setSoTimeout(HANDSHAKE_TIMEOUT_MILLIS);
            tls.startHandshake();
            tls.setSoTimeout(0);
            notes.println(summary(tls.getSession()));
            return tls;
        } catch (SocketTimeoutException e) {
            tls.close();
            throw new CommandFailedException("TLS: no handshake within 10 s (is the server a TLS server?)", e);
        } catch (SSLException e) {
            tls.close();
            throw new CommandFailedException("TLS: " + TlsFailureReason.of(e), e);
        }
    }

    /** E.g. {@code * TLS 1.3, TLS_AES_256_GCM_SHA384, server CN=localhost, verified for localhost}. */
    private String summary(SSLSession session) throws SSLException {
        X509Certificate server = (X509Certificate) session.getPeerCertificates()[0];
        String protocol = session.getProtocol().replace("TLSv", "TLS ");
        return "* " + protocol + ", " + session.getCipherSuite() + ", server "
                + server.getSubjectX500Principal().getName() + ", verified for " + serverName;
    }

    private static KeyStore emptyStore() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }
}

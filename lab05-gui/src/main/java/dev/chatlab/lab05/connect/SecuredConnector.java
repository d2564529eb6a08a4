package dev.chatlab.lab05.connect;

import dev.chatlab.lab02.client.ServerConnector;
import dev.chatlab.lab03.pki.CertificateFingerprint;
import java.io.IOException;
import java.net.Socket;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BiConsumer;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * lab03's TLS connector with a window onto each connection it makes: after the handshake it reports the TLS
 * version and the SHA-256 fingerprint of the server's certificate (for the status bar's padlock), then hands
 * the socket on unchanged. Called on lab04's connect thread; {@code secured} must not block.
 */
public final class SecuredConnector implements ServerConnector {

    private final ServerConnector tls;
    private final BiConsumer<String, String> secured;

    /** Wraps {@code tls}; {@code secured} gets (protocol, fingerprint) for each connection. */
    public SecuredConnector(ServerConnector tls, BiConsumer<String, String> secured) {
        this.tls = Objects.requireNonNull(tls, "tls");
        this.secured = Objects.requireNonNull(secured, "secured");
    }

    @Override
    public Socket connect(Duration timeout) throws IOException {
        Socket socket = tls.connect(timeout);
        if (socket instanceof SSLSocket ssl) {
            SSLSession session = ssl.getSession();
            Certificate[] chain = session.getPeerCertificates();
            String fingerprint = chain.length > 0 && chain[0] instanceof X509Certificate server
                    ? CertificateFingerprint.sha256(server).toString() : "?";
            secured.accept(session.getProtocol(), fingerprint);
        }
        return socket;
    }

    @Override
    public String describe(IOException failure) {
        return tls.describe(failure);
    }
}

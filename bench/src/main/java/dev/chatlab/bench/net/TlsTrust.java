package dev.chatlab.bench.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The generator's side of TLS, as lab03's contract has a client do it: TLS 1.3 only, trust exactly the CA
 * certificates of one PEM file (never the JDK's default CAs), and check that the server's certificate names
 * the host dialled ({@code 127.0.0.1} is in the kit certificate's subject alternative names). Opens a
 * {@link TlsTransport} per connection. Immutable, thread-safe.
 */
public final class TlsTrust implements TransportFactory {

    private final Path caFile;
    private final SSLContext context;

    private TlsTrust(Path caFile, SSLContext context) {
        this.caFile = caFile;
        this.context = context;
    }

    /**
     * Trusts the CA certificates in {@code caFile} (PEM, one or more {@code CERTIFICATE} blocks).
     *
     * @throws IOException naming the file if it is missing, unreadable or holds no certificate
     */
    public static TlsTrust fromPem(Path caFile) throws IOException {
        Objects.requireNonNull(caFile, "caFile");
        List<? extends Certificate> anchors;
        try (InputStream in = Files.newInputStream(caFile)) {
            anchors = List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(in));
        } catch (NoSuchFileException e) {
            throw new IOException("TLS: no CA file at " + caFile, e);
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS: " + caFile + " holds no readable PEM certificate: " + e.getMessage(), e);
        }
        if (anchors.isEmpty()) {
            throw new IOException("TLS: " + caFile + " holds no certificate");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (int i = 0; i < anchors.size(); i++) {
                store.setCertificateEntry("anchor-" + i, anchors.get(i));
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(null, trust.getTrustManagers(), null);
            warmUp(context, trust, anchors);
            return new TlsTrust(caFile, context);
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS: cannot trust the certificates in " + caFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs, once and before any client connects, the code every handshake runs on the generator's side: a
     * ClientHello with its key share, and a certificate check. A JVM that runs them the first time loads and
     * compiles them for about a second; without this, the first handshakes of a run would wait for it, and
     * the connect times would measure the generator's start, not the server.
     */
    private static void warmUp(SSLContext context, TrustManagerFactory trust, List<? extends Certificate> anchors)
            throws GeneralSecurityException {
        try {
            SSLEngine engine = context.createSSLEngine("127.0.0.1", 1);
            engine.setUseClientMode(true);
            engine.beginHandshake();
            engine.wrap(ByteBuffer.allocate(0), ByteBuffer.allocate(engine.getSession().getPacketBufferSize()));
            Runnable task;
            while ((task = engine.getDelegatedTask()) != null) {
                task.run();
            }
            engine.closeOutbound();
        } catch (SSLException e) {
            throw new GeneralSecurityException("TLS 1.3 is not available: " + e.getMessage(), e);
        }
        X509Certificate[] chain = {(X509Certificate) anchors.get(0)};
        for (TrustManager manager : trust.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                try {
                    x509.checkServerTrusted(chain, "ECDHE_ECDSA");
                } catch (CertificateException e) {
                    // A CA certificate is no server certificate: only the checking code was to run.
                }
            }
        }
    }

    /** The CA file trusted. */
    public Path caFile() {
        return caFile;
    }

    /** A TLS transport over {@code channel}; the server's certificate must name {@code address}'s host. */
    @Override
    public Transport open(SocketChannel channel, InetSocketAddress address) throws IOException {
        SSLEngine engine = context.createSSLEngine(address.getHostString(), address.getPort());
        engine.setUseClientMode(true);
        SSLParameters parameters = engine.getSSLParameters();
        parameters.setProtocols(new String[] {"TLSv1.3"});
        parameters.setEndpointIdentificationAlgorithm("HTTPS"); // RFC 2818: DNS or IP subject alternative names
        engine.setSSLParameters(parameters);
        return new TlsTransport(Objects.requireNonNull(channel, "channel"), engine, caFile.toString());
    }
}

package dev.chatlab.grader.tls;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * The JDK's TLS, set up from PEM files read with Bouncy Castle: an {@link SSLContext} that trusts only the
 * given CA and presents the given certificate chain, and the parameters that allow TLS 1.3 alone and make a
 * client check the server's host name. The grader connects and listens with these; so do the small TLS
 * programs of the grader's own tests.
 */
public final class TlsContexts {

    /** The one protocol version the TLS labs speak. */
    public static final String TLS_1_3 = "TLSv1.3";

    private static final char[] IN_MEMORY_PASSWORD = "chatlab".toCharArray();

    private TlsContexts() {
    }

    /**
     * A certificate chain and its private key, as PEM files: what one side of a connection presents.
     *
     * @param chain the side's certificate first, then the certificates that lead to the CA
     * @param key   the private key of the first certificate, PKCS#8 or traditional PEM, unencrypted
     */
    public record Identity(Path chain, Path key) {

        public Identity {
            Objects.requireNonNull(chain, "chain");
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * A TLS 1.3 context that presents {@code identity} if given and trusts exactly the certificates in
     * {@code trustedCa} if given (the JDK's default trust store is never used).
     *
     * @throws IOException if a file cannot be read or holds no certificate or key
     */
    public static SSLContext create(Optional<Identity> identity, Optional<Path> trustedCa) throws IOException {
        try {
            KeyManager[] keyManagers = null;
            if (identity.isPresent()) {
                KeyStore keys = KeyStore.getInstance("PKCS12");
                keys.load(null, null);
                List<X509Certificate> chain = certificates(identity.get().chain());
                keys.setKeyEntry("identity", privateKey(identity.get().key()), IN_MEMORY_PASSWORD,
                        chain.toArray(Certificate[]::new));
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                factory.init(keys, IN_MEMORY_PASSWORD);
                keyManagers = factory.getKeyManagers();
            }
            TrustManager[] trustManagers = null;
            if (trustedCa.isPresent()) {
                KeyStore anchors = KeyStore.getInstance("PKCS12");
                anchors.load(null, null);
                List<X509Certificate> cas = certificates(trustedCa.get());
                for (int i = 0; i < cas.size(); i++) {
                    anchors.setCertificateEntry("ca-" + i, cas.get(i));
                }
                TrustManagerFactory factory =
                        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(anchors);
                trustManagers = factory.getTrustManagers();
            }
            SSLContext context = SSLContext.getInstance(TLS_1_3);
            context.init(keyManagers, trustManagers, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /**
     * Parameters that allow TLS 1.3 only and, for a client ({@code checkHostName}), verify that the server's
     * certificate names the host connected to, as HTTPS does.
     */
    public static SSLParameters tls13Only(SSLContext context, boolean checkHostName) {
        SSLParameters parameters = context.getDefaultSSLParameters();
        parameters.setProtocols(new String[] {TLS_1_3});
        if (checkHostName) {
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
        }
        return parameters;
    }

    /** Every certificate in the PEM file {@code file}, in order; fails if it holds none. */
    static List<X509Certificate> certificates(Path file) throws IOException, GeneralSecurityException {
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
             PEMParser pem = new PEMParser(reader)) {
            for (Object object; (object = pem.readObject()) != null; ) {
                if (object instanceof X509CertificateHolder holder) {
                    certificates.add(converter.getCertificate(holder));
                }
            }
        }
        if (certificates.isEmpty()) {
            throw new IOException("No certificate in " + file);
        }
        return certificates;
    }

    /** The first private key in the PEM file {@code file}: PKCS#8 or a traditional key pair, unencrypted. */
    static PrivateKey privateKey(Path file) throws IOException {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
             PEMParser pem = new PEMParser(reader)) {
            for (Object object; (object = pem.readObject()) != null; ) {
                if (object instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (object instanceof PEMKeyPair pair) {
                    return converter.getKeyPair(pair).getPrivate();
                }
            }
        }
        throw new IOException("No unencrypted private key in " + file);
    }
}

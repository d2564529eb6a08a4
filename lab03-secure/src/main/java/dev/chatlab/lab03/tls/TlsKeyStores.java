package dev.chatlab.lab03.tls;

import dev.chatlab.lab03.pki.Credential;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds the JDK's key and trust managers from certificates and keys held in memory (in a key store that is
 * never written anywhere), and the TLS 1.3 {@link SSLContext} that uses them. The key manager answers "which
 * certificate do I present?", the trust manager "do I accept the certificate the peer presents?".
 */
final class TlsKeyStores {

    private static final char[] IN_MEMORY = new char[0];

    private TlsKeyStores() {
    }

    /** An SSLContext that presents {@code own} (if not null) and trusts {@code anchors} (if not empty). */
    static SSLContext context(Credential own, List<X509Certificate> anchors) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(own == null ? null : keyManagers(own), anchors.isEmpty() ? null : trustManagers(anchors), null);
        return context;
    }

    /** Presents {@code own}: its chain, signed with its key. */
    static KeyManager[] keyManagers(Credential own) throws GeneralSecurityException {
        KeyStore store = emptyStore();
        store.setKeyEntry("own", own.key(), IN_MEMORY, own.chain().toArray(Certificate[]::new));
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, IN_MEMORY);
        return factory.getKeyManagers();
    }

    /** Accepts exactly the chains that lead to one of {@code anchors} (and never the JDK's default CAs). */
    static TrustManager[] trustManagers(List<X509Certificate> anchors) throws GeneralSecurityException {
        KeyStore store = emptyStore();
        for (int i = 0; i < anchors.size(); i++) {
            store.setCertificateEntry("anchor-" + i, anchors.get(i));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory.getTrustManagers();
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException("Cannot create an empty key store", e);
        }
        return store;
    }
}

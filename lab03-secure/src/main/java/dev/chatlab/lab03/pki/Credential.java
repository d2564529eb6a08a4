package dev.chatlab.lab03.pki;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A certificate chain and the private key of its first certificate: what a TLS peer presents.
 *
 * @param chain the certificate first, then the certificates that signed it (up to, possibly, the CA)
 * @param key the private key that matches {@code chain.get(0)}
 */
public record Credential(List<X509Certificate> chain, PrivateKey key) {

    /** Copies {@code chain}, which must not be empty. */
    public Credential {
        chain = List.copyOf(chain);
        Objects.requireNonNull(key, "key");
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A credential needs at least one certificate");
        }
    }

    /** The certificate itself, {@code chain().get(0)}. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * Whether {@link #key()} belongs to {@link #certificate()}: a probe signed with the key verifies with the
     * certificate's public key. Keys other than EC, RSA and EdDSA count as not matching.
     */
    public boolean keyMatchesCertificate() {
        String algorithm = switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            case "EdDSA", "Ed25519", "Ed448" -> key.getAlgorithm();
            default -> null;
        };
        if (algorithm == null) {
            return false;
        }
        try {
            byte[] probe = "does this key belong to this certificate?".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate().getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false; // e.g. an EC key with an RSA certificate
        }
    }
}

package dev.chatlab.lab03.pki;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The SHA-256 digest of a certificate's DER encoding, written as {@code openssl x509 -fingerprint -sha256}
 * writes it: upper-case hex byte pairs joined by colons, e.g. {@code 3A:F0:...:9C}. A user compares it with
 * what a server printed before trusting that server's CA.
 *
 * @param hex the fingerprint as text
 */
public record CertificateFingerprint(String hex) {

    private static final HexFormat COLON_HEX = HexFormat.ofDelimiter(":").withUpperCase();

    /** Checks that {@code hex} is not null. */
    public CertificateFingerprint {
        Objects.requireNonNull(hex, "hex");
    }

    /** The SHA-256 fingerprint of {@code certificate}. */
    public static CertificateFingerprint sha256(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return new CertificateFingerprint(COLON_HEX.formatHex(digest));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot fingerprint " + certificate.getSubjectX500Principal(), e);
        }
    }

    /** The colon-separated hex, as openssl prints it after {@code sha256 Fingerprint=}. */
    @Override
    public String toString() {
        return hex;
    }
}

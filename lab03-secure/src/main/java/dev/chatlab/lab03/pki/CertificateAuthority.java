package dev.chatlab.lab03.pki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority of its own: a self-signed CA certificate and its key, which sign server and client
 * certificates. Peers that trust the CA certificate (the trust anchor) accept every certificate it signed.
 *
 * <p>The CA certificate is valid for 10 years and may sign end entities only ({@code basicConstraints
 * CA:TRUE, pathlen:0} and {@code keyUsage keyCertSign, cRLSign}, both critical). Leaves are valid from a day
 * ago (clocks differ) to 825 days ahead. Serial numbers are random. Keys are EC P-256.
 */
public final class CertificateAuthority {

    private static final Duration BACKDATING = Duration.ofDays(1);
    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    private static final Duration LEAF_VALIDITY = Duration.ofDays(825);
    private static final String SIGNATURE = "SHA256withECDSA";

    private final Credential credential;
    private final Clock clock;
    private final SecureRandom random;

    private CertificateAuthority(Credential credential, Clock clock, SecureRandom random) {
        this.credential = credential;
        this.clock = clock;
        this.random = random;
    }

    /** Generates a new CA key and self-signed certificate, named {@code CN=ChatLab CA <8 hex digits>}. */
    public static CertificateAuthority create(Clock clock) throws GeneralSecurityException {
        SecureRandom random = new SecureRandom();
        KeyPair keys = newKeyPair();
        X500Name name = new X500Name("CN=ChatLab CA " + HexFormat.of().withUpperCase().toHexDigits(random.nextInt())
                + ",O=ChatLab");
        Instant now = clock.instant();
        JcaX509ExtensionUtils ids = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(random),
                Date.from(now.minus(BACKDATING)), Date.from(now.plus(CA_VALIDITY)), name, keys.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false, ids.createSubjectKeyIdentifier(keys.getPublic()));
        } catch (CertIOException e) {
            throw new GeneralSecurityException("Cannot encode the CA's extensions", e);
        }
        X509Certificate certificate = sign(builder, keys.getPrivate());
        return new CertificateAuthority(new Credential(List.of(certificate), keys.getPrivate()), clock, random);
    }

    /** A CA from its certificate and key, e.g. as read from {@code ca.pem} and {@code ca-key.pem}. */
    public static CertificateAuthority of(Credential credential, Clock clock) {
        return new CertificateAuthority(Objects.requireNonNull(credential, "credential"),
                Objects.requireNonNull(clock, "clock"), new SecureRandom());
    }

    /** The CA's certificate: the trust anchor to give to peers. */
    public X509Certificate certificate() {
        return credential.certificate();
    }

    /** The CA's certificate and private key. */
    public Credential credential() {
        return credential;
    }

    /**
     * Generates a key and a certificate for it, signed by this CA, as {@code profile} describes. The returned
     * chain is the new certificate, then the CA's certificate.
     */
    public Credential issue(CertificateProfile profile) throws GeneralSecurityException {
        Objects.requireNonNull(profile, "profile");
        KeyPair keys = newKeyPair();
        Instant now = clock.instant();
        X509Certificate ca = certificate();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca, serial(random),
                Date.from(now.minus(BACKDATING)), Date.from(now.plus(LEAF_VALIDITY)), profile.subject(),
                keys.getPublic());
        try {
            profile.addExtensions(builder);
            addKeyIdentifiers(builder, keys.getPublic(), ca);
        } catch (CertIOException e) {
            throw new GeneralSecurityException("Cannot encode the extensions of " + profile.subject(), e);
        }
        X509Certificate leaf = sign(builder, credential.key());
        return new Credential(List.of(leaf, ca), keys.getPrivate());
    }

    private static void addKeyIdentifiers(X509v3CertificateBuilder builder, PublicKey subjectKey, X509Certificate ca)
            throws CertIOException, GeneralSecurityException {
        JcaX509ExtensionUtils ids = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.subjectKeyIdentifier, false, ids.createSubjectKeyIdentifier(subjectKey));
        builder.addExtension(Extension.authorityKeyIdentifier, false, ids.createAuthorityKeyIdentifier(ca.getPublicKey()));
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(SIGNATURE).build(signer)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("Cannot sign with " + SIGNATURE, e);
        }
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** A positive random serial of at most 127 bits: unpredictable, and within the 20 bytes RFC 5280 allows. */
    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(126, random).add(BigInteger.ONE);
    }
}

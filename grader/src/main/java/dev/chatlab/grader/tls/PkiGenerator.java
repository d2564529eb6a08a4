package dev.chatlab.grader.tls;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes the grader's own PKI for one grading run, with Bouncy Castle: a CA, a server certificate for
 * {@code localhost} and {@code 127.0.0.1}, and a certificate per client, all EC P-256 and valid for two days,
 * written as PEM under the names {@link Pki} gives them. Private keys are readable by their owner only.
 */
public final class PkiGenerator {

    private static final Duration VALIDITY = Duration.ofDays(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    private PkiGenerator() {
    }

    /**
     * Writes a fresh CA, server certificate and one certificate per name of {@code clients} into {@code folder}
     * (which must exist), replacing files of the same names. Blocks while it generates the keys.
     *
     * @throws IOException if a file cannot be written, or the JDK lacks EC keys or SHA256withECDSA
     */
    public static Pki generate(Path folder, List<String> clients) throws IOException {
        return generate(folder, clients, new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, "localhost"),
            new GeneralName(GeneralName.iPAddress, InetAddress.getLoopbackAddress().getHostAddress())}));
    }

    /**
     * Writes a fresh CA and a server certificate that names the DNS name {@code hostName} only (not localhost,
     * not 127.0.0.1) into {@code folder}: what an impostor holds who got a certificate for another host from
     * the same CA. Blocks while it generates the keys.
     */
    public static Pki generateForHost(Path folder, String hostName) throws IOException {
        return generate(folder, List.of(), new GeneralNames(new GeneralName(GeneralName.dNSName, hostName)));
    }

    private static Pki generate(Path folder, List<String> clients, GeneralNames serverNames) throws IOException {
        Pki pki = new Pki(folder);
        clients.forEach(Pki::checkedName);
        try {
            KeyPair caKeys = newKeyPair();
            X500Name caName = new X500Name("CN=ChatLab grader CA");
            X509Certificate ca = sign(caName, caKeys, caName, caKeys.getPublic(), null, true);
            write(pki.ca(), ca);

            KeyPair serverKeys = newKeyPair();
            String commonName = serverNames.getNames()[0].getName().toString();
            X509Certificate server = sign(caName, caKeys, new X500Name("CN=" + commonName), serverKeys.getPublic(),
                    serverNames, false);
            write(pki.serverChain(), server, ca);
            writeKey(pki.serverKey(), serverKeys.getPrivate());

            for (String client : clients) {
                KeyPair clientKeys = newKeyPair();
                X509Certificate certificate = sign(caName, caKeys, new X500Name("CN=" + client),
                        clientKeys.getPublic(), null, false);
                write(pki.clientChain(client), certificate, ca);
                writeKey(pki.clientKey(client), clientKeys.getPrivate());
            }
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("Cannot make the grader's certificates: " + e.getMessage(), e);
        }
        return pki;
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    /**
     * A certificate for {@code subject}'s key, signed by the CA. A CA certificate may sign others; a leaf with
     * {@code hostNames} is a server's (serverAuth), one without them a client's (clientAuth).
     */
    private static X509Certificate sign(X500Name caName, KeyPair caKeys, X500Name subject,
                                        PublicKey key, GeneralNames hostNames, boolean isCa)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caName, new BigInteger(64, RANDOM),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(VALIDITY)), subject, key);
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key));
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
        if (isCa) {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(caKeys.getPublic()));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                    hostNames != null ? KeyPurposeId.id_kp_serverAuth : KeyPurposeId.id_kp_clientAuth));
            if (hostNames != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, hostNames);
            }
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate())));
    }

    private static void write(Path file, Object... pemObjects) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            for (Object object : pemObjects) {
                pem.writeObject(object);
            }
        }
        Files.writeString(file, text.toString(), StandardCharsets.US_ASCII);
    }

    /** Writes {@code key} as unencrypted PKCS#8 ({@code BEGIN PRIVATE KEY}), readable by its owner only. */
    private static void writeKey(Path file, PrivateKey key) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file);
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        write(file, new JcaPKCS8Generator(key, null).generate());
    }
}

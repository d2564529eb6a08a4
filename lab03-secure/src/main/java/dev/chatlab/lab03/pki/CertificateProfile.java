package dev.chatlab.lab03.pki;

import java.net.InetAddress;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;

/**
 * What a leaf certificate is for, and so which extensions it carries. Both kinds are end entities
 * ({@code basicConstraints CA:FALSE}, critical) that may only sign handshakes ({@code keyUsage
 * digitalSignature}, critical); the extended key usage says on which side of TLS they may be used.
 */
public sealed interface CertificateProfile {

    /** The certificate's subject. */
    X500Name subject();

    /** The extended key usage: serverAuth or clientAuth. */
    KeyPurposeId purpose();

    /** Adds the extensions particular to this profile, beyond the common ones. */
    default void addSpecificExtensions(X509v3CertificateBuilder builder) throws CertIOException {
    }

    /** Adds every extension of this profile except the key identifiers, which the issuer adds. */
    default void addExtensions(X509v3CertificateBuilder builder) throws CertIOException {
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose()));
        addSpecificExtensions(builder);
    }

    /**
     * A TLS server's certificate. Its subject alternative names always hold {@code DNS:localhost} and
     * {@code IP:127.0.0.1}, then the extra names and addresses given, in order and each once; a client checks the host it
     * dialled against them.
     *
     * @param extraHosts more DNS names, e.g. {@code chat.example.org}
     * @param extraAddresses more IP addresses
     */
    record Server(List<String> extraHosts, List<InetAddress> extraAddresses) implements CertificateProfile {

        /** Copies the lists. */
        public Server {
            extraHosts = List.copyOf(extraHosts);
            extraAddresses = List.copyOf(extraAddresses);
        }

        /** A certificate for {@code localhost} and {@code 127.0.0.1} only. */
        public static Server localhost() {
            return new Server(List.of(), List.of());
        }

        @Override
        public X500Name subject() {
            return new X500Name("CN=ChatLab server,O=ChatLab");
        }

        @Override
        public KeyPurposeId purpose() {
            return KeyPurposeId.id_kp_serverAuth;
        }

        @Override
        public void addSpecificExtensions(X509v3CertificateBuilder builder) throws CertIOException {
            Set<GeneralName> names = new LinkedHashSet<>(); // a name given twice is written once
            names.add(new GeneralName(GeneralName.dNSName, "localhost"));
            names.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
            extraHosts.forEach(host -> names.add(new GeneralName(GeneralName.dNSName, host)));
            extraAddresses.forEach(ip -> names.add(new GeneralName(GeneralName.iPAddress, ip.getHostAddress())));
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(names.toArray(GeneralName[]::new)));
        }
    }

    /**
     * A TLS client's certificate, for mutual TLS: its subject is {@code CN=<name>}.
     *
     * @param name the client's name, e.g. a nick
     */
    record Client(String name) implements CertificateProfile {

        /** Checks that {@code name} is not null. */
        public Client {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public X500Name subject() {
            return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name).build();
        }

        @Override
        public KeyPurposeId purpose() {
            return KeyPurposeId.id_kp_clientAuth;
        }
    }
}

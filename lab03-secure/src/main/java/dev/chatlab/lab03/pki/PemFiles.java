package dev.chatlab.lab03.pki;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * Certificates and private keys as PEM files, the text format openssl and most servers use. Certificates are
 * {@code BEGIN CERTIFICATE} blocks, one after the other for a chain; a private key is one unencrypted PKCS#8
 * {@code BEGIN PRIVATE KEY} block, written owner-only. A file that cannot be read as expected is a
 * {@link PemException} whose message starts with the file's path, e.g. {@code server-key.pem: not a PKCS#8
 * private key}.
 */
public final class PemFiles {

    private PemFiles() {
    }

    /** A PEM file that is missing, unreadable or does not hold what was asked for. */
    public static final class PemException extends IOException {

        private static final long serialVersionUID = 1L;

        PemException(Path file, String problem, Throwable cause) {
            super(file + ": " + problem, cause);
        }
    }

    /** The certificates of {@code chain} as PEM text, in order. */
    public static String certificatesToPem(List<X509Certificate> chain) throws CertificateEncodingException {
        List<PemObject> blocks = new ArrayList<>();
        for (X509Certificate certificate : chain) {
            blocks.add(new PemObject("CERTIFICATE", certificate.getEncoded()));
        }
        return toPem(blocks);
    }

    /** {@code key} as an unencrypted PKCS#8 PEM block. */
    public static String privateKeyToPem(PrivateKey key) {
        if (!"PKCS#8".equals(key.getFormat())) {
            throw new IllegalArgumentException("Not a PKCS#8 key: " + key.getFormat());
        }
        return toPem(List.of(new PemObject("PRIVATE KEY", key.getEncoded())));
    }

    /** Reads every certificate of {@code file}, in order: a chain file gives the leaf first. */
    public static List<X509Certificate> readCertificates(Path file) throws PemException {
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (Object block : readBlocks(file)) {
            if (block instanceof X509CertificateHolder holder) {
                try {
                    certificates.add(converter.getCertificate(holder));
                } catch (CertificateException e) {
                    throw new PemException(file, "unreadable certificate: " + e.getMessage(), e);
                }
            }
        }
        if (certificates.isEmpty()) {
            throw new PemException(file, "no certificate", null);
        }
        return certificates;
    }

    /** Reads the one unencrypted PKCS#8 private key of {@code file}. */
    public static PrivateKey readPrivateKey(Path file) throws PemException {
        List<Object> blocks = readBlocks(file);
        if (blocks.size() > 1) {
            throw new PemException(file, "more than one PEM block; expected one private key", null);
        }
        Object block = blocks.isEmpty() ? null : blocks.get(0);
        return switch (block) {
            case PrivateKeyInfo info -> toPrivateKey(file, info);
            case PKCS8EncryptedPrivateKeyInfo encrypted -> throw new PemException(file,
                    "an encrypted private key; decrypt it with: openssl pkcs8 -in KEY -out KEY.pem", null);
            case PEMKeyPair legacy -> throw new PemException(file,
                    "not a PKCS#8 private key; convert it with: openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pem", null);
            case null, default -> throw new PemException(file, "not a PKCS#8 private key", null);
        };
    }

    /**
     * Reads a certificate chain and its private key, and checks that the key belongs to the chain's first
     * certificate, so that a mixed-up pair fails here and not in every handshake.
     */
    public static Credential readCredential(Path chainFile, Path keyFile) throws PemException {
        List<X509Certificate> chain = readCertificates(chainFile);
        PrivateKey key = readPrivateKey(keyFile);
        Credential credential = new Credential(chain, key);
        if (!credential.keyMatchesCertificate()) {
            throw new PemException(keyFile, "this key does not belong to the certificate in " + chainFile, null);
        }
        return credential;
    }

    private static PrivateKey toPrivateKey(Path file, PrivateKeyInfo info) throws PemException {
        try {
            return new JcaPEMKeyConverter().getPrivateKey(info);
        } catch (IOException e) {
            throw new PemException(file, "unsupported private key: " + e.getMessage(), e);
        }
    }

    private static List<Object> readBlocks(Path file) throws PemException {
        List<Object> blocks = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1);
                PEMParser parser = new PEMParser(reader)) {
            Object block;
            while ((block = parser.readObject()) != null) {
                blocks.add(block);
            }
        } catch (NoSuchFileException e) {
            throw new PemException(file, "no such file", e);
        } catch (IOException e) {
            throw new PemException(file, "not a valid PEM file: " + e.getMessage(), e);
        }
        return blocks;
    }

    private static String toPem(List<PemObject> blocks) {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            for (PemObject block : blocks) {
                writer.writeObject(block);
            }
        } catch (IOException e) {
            throw new IllegalStateException("A StringWriter does not fail", e);
        }
        return text.toString();
    }
}

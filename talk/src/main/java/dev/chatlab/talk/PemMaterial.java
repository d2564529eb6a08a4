package dev.chatlab.talk;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
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

/**
 * Reads the PEM files of {@code --ca}, {@code --cert} and {@code --key} with Bouncy Castle's
 * {@link PEMParser}: certificates are {@code BEGIN CERTIFICATE} blocks (several for a chain, leaf first); a
 * key is an unencrypted {@code BEGIN PRIVATE KEY} (PKCS#8) block, or the older {@code BEGIN EC/RSA PRIVATE
 * KEY} form. Every problem is an {@link IOException} whose message starts with the file, e.g.
 * {@code ca.pem: no certificate}.
 */
final class PemMaterial {

    private PemMaterial() {
    }

    /** Every certificate of {@code file}, in order. */
    static List<X509Certificate> certificates(Path file) throws IOException {
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (Object block : blocks(file)) {
            if (block instanceof X509CertificateHolder holder) {
                try {
                    certificates.add(converter.getCertificate(holder));
                } catch (CertificateException e) {
                    throw new IOException(file + ": unreadable certificate: " + e.getMessage(), e);
                }
            }
        }
        if (certificates.isEmpty()) {
            throw new IOException(file + ": no certificate (expected BEGIN CERTIFICATE blocks)");
        }
        return certificates;
    }

    /** The one unencrypted private key of {@code file}. */
    static PrivateKey privateKey(Path file) throws IOException {
        List<Object> blocks = blocks(file);
        PrivateKeyInfo info = switch (blocks.size() == 1 ? blocks.getFirst() : null) {
            case PrivateKeyInfo pkcs8 -> pkcs8;
            case PEMKeyPair traditional -> traditional.getPrivateKeyInfo();
            case null, default -> throw new IOException(file + ": expected one unencrypted private key block");
        };
        return new JcaPEMKeyConverter().getPrivateKey(info);
    }

    private static List<Object> blocks(Path file) throws IOException {
        List<Object> blocks = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
             PEMParser parser = new PEMParser(reader)) {
            Object block;
            while ((block = parser.readObject()) != null) {
                blocks.add(block);
            }
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": not a readable PEM file (" + e.getMessage() + ")", e);
        }
        return blocks;
    }
}

package dev.chatlab.grader.lab03;

import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.ProcessUnderTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** The kit CA of lab03's contract, as the checks look at it: its fingerprint, and the stderr line naming it. */
final class KitCaFiles {

    /** How long a server may take to print the CA line once it listens. */
    private static final Duration ANNOUNCED = Duration.ofSeconds(5);

    private KitCaFiles() {
    }

    /** The SHA-256 fingerprint of the first certificate in the PEM file {@code ca}: 64 lower-case hex digits. */
    static String sha256Fingerprint(Path ca) throws IOException {
        try (InputStream in = Files.newInputStream(ca)) {
            byte[] der = CertificateFactory.getInstance("X.509").generateCertificate(in).getEncoded();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (GeneralSecurityException e) {
            throw new AssertionError("expected a PEM certificate in " + ca + ", but got: " + e.getMessage(), e);
        }
    }

    /**
     * Expects a stderr line of {@code process} naming {@code ca} and its fingerprint, written in hex in either
     * case, with or without colons (as {@code openssl x509 -fingerprint -sha256} shows it).
     */
    static void expectAnnounced(ProcessUnderTest process, Path ca, String fingerprint) {
        Optional<String> line = process.awaitStderr(
                each -> each.contains(ca.toString()) && normalized(each).contains(fingerprint), ANNOUNCED);
        Expect.that(line.isPresent(), "a stderr line with the CA file " + ca + " and its SHA-256 fingerprint "
                + fingerprint, "stderr " + process.stderrTail(5));
    }

    private static String normalized(String line) {
        return line.replace(":", "").toLowerCase(Locale.ROOT);
    }
}

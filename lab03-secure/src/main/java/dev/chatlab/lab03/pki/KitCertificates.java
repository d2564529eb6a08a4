package dev.chatlab.lab03.pki;

import dev.chatlab.lab03.storage.SecureFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The kit's own CA, kept in {@code $CHATLAB_HOME/tls/} ({@code CHATLAB_HOME} defaults to {@code ~/.chatlab}),
 * so that a lab03 server runs over TLS without any certificate work: the first server started creates a CA
 * and a certificate for {@code localhost} and {@code 127.0.0.1} there, later ones reuse them, and a client
 * given no {@code --ca} trusts that CA. A set with some files missing is an error naming them; nothing is
 * ever overwritten.
 */
public final class KitCertificates {

    private final CertificateFolder folder;

    private KitCertificates(Path tlsFolder) {
        this.folder = new CertificateFolder(tlsFolder);
    }

    /** What a server needs from the kit's CA, and what it prints about it. */
    public record ServerFiles(Path caCertificate, Path serverCertificate, Path serverKey,
            CertificateFingerprint caFingerprint, boolean created) {

        /** One line for the server's log, e.g. {@code TLS: kit CA /home/ana/.chatlab/tls/ca.pem, SHA-256 AB:..}. */
        public String describe() {
            return "TLS: " + (created ? "created the" : "using the") + " kit CA " + caCertificate
                    + " (SHA-256 fingerprint " + caFingerprint + "); clients trust it by default or with --ca";
        }
    }

    /** The kit CA under {@code chatlabHome}/tls. */
    public static KitCertificates inHome(Path chatlabHome) {
        return new KitCertificates(Objects.requireNonNull(chatlabHome, "chatlabHome").resolve("tls"));
    }

    /**
     * The kit CA under {@code CHATLAB_HOME} from {@code environment}, else under {@code userHome/.chatlab}.
     *
     * @throws IllegalArgumentException if {@code CHATLAB_HOME} is set but blank
     */
    public static KitCertificates fromEnvironment(Map<String, String> environment, String userHome) {
        String home = environment.get("CHATLAB_HOME");
        if (home != null && home.isBlank()) {
            throw new IllegalArgumentException("CHATLAB_HOME is set but empty; unset it or name a folder");
        }
        return inHome(home != null ? Path.of(home) : Path.of(userHome, ".chatlab"));
    }

    /** The folder that holds the kit CA's files. */
    public Path folder() {
        return folder.folder();
    }

    /**
     * Returns the kit's server certificate files, creating the CA and a localhost certificate on first use.
     *
     * @throws IOException if some of the four files exist and others not (the message names the missing
     *     ones), or if they cannot be read or written
     */
    public ServerFiles serverFiles(Clock clock) throws IOException, GeneralSecurityException {
        List<Path> files = folder.files(List.of());
        List<Path> missing = files.stream().filter(file -> !Files.exists(file)).toList();
        boolean create = missing.size() == files.size();
        if (!missing.isEmpty() && !create) {
            throw new IOException(folder() + " holds an incomplete certificate set: "
                    + String.join(", ", missing.stream().map(file -> file.getFileName().toString()).toList())
                    + (missing.size() == 1 ? " is" : " are") + " missing (restore "
                    + (missing.size() == 1 ? "it" : "them") + ", or delete the folder to create a new CA)");
        }
        if (create) {
            SecureFiles.createPrivateFolders(folder());
            CertificateAuthority ca = CertificateAuthority.create(clock);
            folder.write(ca, ca.issue(CertificateProfile.Server.localhost()), Map.of(), false);
        }
        CertificateFingerprint fingerprint =
                CertificateFingerprint.sha256(PemFiles.readCertificates(folder.caCertificate()).get(0));
        return new ServerFiles(folder.caCertificate(), folder.serverCertificate(), folder.serverKey(), fingerprint,
                create);
    }

    /**
     * The kit CA's certificate, for a client given no {@code --ca}.
     *
     * @throws IOException if no server has created it yet
     */
    public Path caCertificateForClient() throws IOException {
        Path ca = folder.caCertificate();
        if (!Files.exists(ca)) {
            throw new IOException("no --ca given and the kit has no CA yet at " + ca
                    + " (start a lab03 server without --cert first, or pass --ca FILE)");
        }
        return ca;
    }
}

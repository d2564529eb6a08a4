package dev.chatlab.lab03.pki;

import dev.chatlab.lab03.storage.SecureFiles;
import dev.chatlab.lab03.storage.SecureFiles.Visibility;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The files of a certificate set in one folder, named as the kit names them: {@code ca.pem},
 * {@code ca-key.pem}, {@code server.pem} (the server's chain: its certificate, then the CA's),
 * {@code server-key.pem}, and {@code client-NAME.pem} and {@code client-NAME-key.pem} per client.
 *
 * @param folder where the files are
 */
public record CertificateFolder(Path folder) {

    /** Checks that {@code folder} is not null. */
    public CertificateFolder {
        Objects.requireNonNull(folder, "folder");
    }

    /** {@code ca.pem}: the CA certificate, the trust anchor. */
    public Path caCertificate() {
        return folder.resolve("ca.pem");
    }

    /** {@code ca-key.pem}: the CA's private key, which signs new certificates. */
    public Path caKey() {
        return folder.resolve("ca-key.pem");
    }

    /** {@code server.pem}: the server's certificate chain. */
    public Path serverCertificate() {
        return folder.resolve("server.pem");
    }

    /** {@code server-key.pem}: the server's private key. */
    public Path serverKey() {
        return folder.resolve("server-key.pem");
    }

    /** {@code client-NAME.pem}: the chain of client {@code name}. */
    public Path clientCertificate(String name) {
        return folder.resolve("client-" + name + ".pem");
    }

    /** {@code client-NAME-key.pem}: the private key of client {@code name}. */
    public Path clientKey(String name) {
        return folder.resolve("client-" + name + "-key.pem");
    }

    /** The CA, the server's and the given clients' files: certificate, then key, for each. */
    public List<Path> files(List<String> clientNames) {
        List<Path> files = new ArrayList<>(List.of(caCertificate(), caKey(), serverCertificate(), serverKey()));
        for (String name : clientNames) {
            files.add(clientCertificate(name));
            files.add(clientKey(name));
        }
        return files;
    }

    /**
     * Writes a CA, a server credential it signs and one client credential per name, creating the folder if
     * needed. Without {@code replace}, nothing is written if any of the files exists.
     *
     * @return the files written, in the order of {@link #files(List)}
     * @throws FileAlreadyExistsException naming the first file that exists, without
     *     {@code replace}
     */
    public List<Path> write(CertificateAuthority ca, Credential server, Map<String, Credential> clients,
            boolean replace) throws IOException, GeneralSecurityException {
        List<String> names = List.copyOf(clients.keySet());
        if (!replace) {
            for (Path file : files(names)) {
                if (Files.exists(file)) {
                    throw new FileAlreadyExistsException(file.toString());
                }
            }
        }
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        writePair(caCertificate(), caKey(), ca.credential(), replace, written);
        writePair(serverCertificate(), serverKey(), server, replace, written);
        for (String name : names) {
            writePair(clientCertificate(name), clientKey(name), clients.get(name), replace, written);
        }
        return written;
    }

    private static void writePair(Path certificate, Path key, Credential credential, boolean replace,
            List<Path> written) throws IOException, GeneralSecurityException {
        write(certificate, PemFiles.certificatesToPem(credential.chain()), Visibility.PUBLIC, replace);
        written.add(certificate);
        write(key, PemFiles.privateKeyToPem(credential.key()), Visibility.OWNER_ONLY, replace);
        written.add(key);
    }

    /** Writes a PEM text: replacing a file atomically, or creating it and never replacing one. */
    private static void write(Path file, String pem, Visibility visibility, boolean replace) throws IOException {
        byte[] bytes = pem.getBytes(StandardCharsets.US_ASCII);
        if (replace) {
            SecureFiles.replaceAtomically(file, bytes, visibility);
        } else {
            SecureFiles.createNew(file, bytes, visibility);
        }
    }
}

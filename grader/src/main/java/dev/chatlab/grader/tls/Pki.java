package dev.chatlab.grader.tls;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the PEM files of a small PKI are, in one folder, under the names of the lab03 contract: {@code ca.pem},
 * {@code server.pem} (the server's certificate, then the CA's), {@code server-key.pem}, and per client NAME
 * {@code client-NAME.pem} and {@code client-NAME-key.pem}. Keys are unencrypted PKCS#8. This record only names
 * the files; {@link PkiGenerator} writes them.
 *
 * @param folder the folder that holds the files
 */
public record Pki(Path folder) {

    private static final Pattern CLIENT_NAME = Pattern.compile("[A-Za-z0-9_-]{1,16}");

    public Pki {
        folder = Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize();
    }

    /** The CA's certificate: the trust anchor of every server and client certificate. */
    public Path ca() {
        return folder.resolve("ca.pem");
    }

    /** The server's certificate chain (its own certificate, then the CA's), valid for localhost and 127.0.0.1. */
    public Path serverChain() {
        return folder.resolve("server.pem");
    }

    /** The server's private key. */
    public Path serverKey() {
        return folder.resolve("server-key.pem");
    }

    /** Client {@code name}'s certificate chain (its own certificate, then the CA's). */
    public Path clientChain(String name) {
        return folder.resolve("client-" + checkedName(name) + ".pem");
    }

    /** Client {@code name}'s private key. */
    public Path clientKey(String name) {
        return folder.resolve("client-" + checkedName(name) + "-key.pem");
    }

    /** {@code name} if it is 1 to 16 of {@code [A-Za-z0-9_-]} (a file name part on every system). */
    static String checkedName(String name) {
        if (!CLIENT_NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException("A client name is 1 to 16 of A-Z a-z 0-9 _ -, not: " + name);
        }
        return name;
    }
}

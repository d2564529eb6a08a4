package dev.chatlab.lab03;

import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab03.client.TlsConnector;
import dev.chatlab.lab03.pki.CertificateFolder;
import dev.chatlab.lab03.pki.KitCertificates;
import dev.chatlab.lab03.tls.ClientTls;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * lab03's client options, {@code --ca}, {@code --cert}, {@code --key}, {@code --password} and
 * {@code --password-file}, as a picocli mixin: lab03's {@code client} command uses it next to lab02's
 * {@code ClientOptions}, and lab04's client command reuses both without copying them. Values are read once
 * picocli has parsed the command line; {@link #check()} first. The password is never printed or logged.
 */
public final class SecureClientOptions {

    /** The longest password line read from a file, in characters. */
    static final int MAX_PASSWORD_LENGTH = 4096;

    @Option(names = "--ca", paramLabel = "FILE",
            description = "The CA to trust (PEM). Default: the kit CA that a lab03 server made on this machine.")
    Path ca;

    @Option(names = "--cert", paramLabel = "FILE", description = "Your certificate chain for mutual TLS (PEM); with --key.")
    Path cert;

    @Option(names = "--key", paramLabel = "FILE", description = "Your private key for mutual TLS (PKCS#8 PEM); with --cert.")
    Path key;

    // arity 0..1: "--password" alone asks on the console; "--password=PW" is visible to other users (ps).
    @Option(names = "--password", paramLabel = "PW", arity = "0..1", fallbackValue = "",
            description = "Send a password with hello; without a value, ask for it on the console (no echo).")
    String password;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Send the first line of FILE as the password.")
    Path passwordFile;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /**
     * The combinations picocli cannot check itself.
     *
     * @throws ParameterException (exit status 2, bad usage) for the first that is wrong
     */
    public void check() {
        if ((cert == null) != (key == null)) {
            throw usage("--cert and --key go together: give both for mutual TLS, or neither");
        }
        if (password != null && passwordFile != null) {
            throw usage("give --password or --password-file, not both");
        }
    }

    /**
     * A TLS connector to {@code host:port} that trusts --ca (default: the kit CA in {@code kit}) and presents
     * --cert/--key for mutual TLS.
     *
     * @throws CommandFailedException (exit status 1) with {@code TLS: ...} if the files cannot be used
     */
    public TlsConnector connector(KitCertificates kit, String host, int port) {
        Path anchor = ca;
        if (anchor == null) {
            anchor = new CertificateFolder(kit.folder()).caCertificate();
            if (!Files.exists(anchor)) {
                throw new CommandFailedException("TLS: no --ca given and no kit CA at " + anchor
                        + "; start the lab03 server once on this machine or pass --ca");
            }
        }
        try {
            return new TlsConnector(ClientTls.fromPem(anchor, cert, key), host, port);
        } catch (IOException | GeneralSecurityException e) {
            throw new CommandFailedException("TLS: " + e.getMessage(), e);
        }
    }

    /**
     * The password to send with hello, or null for none: --password-file's first line, --password's value,
     * or, for --password alone, what is typed on {@code terminal}'s console without echo.
     */
    public String password(Terminal terminal, String nick) {
        if (passwordFile != null) {
            return fromFile(passwordFile);
        }
        if (password == null || !password.isEmpty()) {
            return password;
        }
        if (terminal.console() == null) {
            throw usage("--password without a value asks on a console, and there is none; use --password-file FILE");
        }
        char[] typed = terminal.console().readPassword("Password for %s: ", nick);
        if (typed == null || typed.length == 0) {
            throw new CommandFailedException("no password given");
        }
        return new String(typed);
    }

    private static String fromFile(Path file) {
        String line;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            line = reader.readLine();
        } catch (IOException e) {
            throw new CommandFailedException("cannot read the password file " + file + ": " + e.getMessage(), e);
        }
        if (line == null || line.isEmpty()) {
            throw new CommandFailedException("the password file " + file + " has no password on its first line");
        }
        if (line.length() > MAX_PASSWORD_LENGTH) {
            throw new CommandFailedException("the password in " + file + " is longer than " + MAX_PASSWORD_LENGTH
                    + " characters");
        }
        return line;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

package dev.chatlab.lab03;

import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab02.ClientOptions;
import dev.chatlab.lab02.client.ChatClient;
import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab03.client.TlsConnector;
import dev.chatlab.lab03.pki.CertificateFolder;
import dev.chatlab.lab03.tls.ClientTls;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code client}: lab02's console client over TLS 1.3. Trusts {@code --ca} (default: the kit CA), checks the
 * server's host name, presents {@code --cert}/{@code --key} for mutual TLS, and sends a password with hello
 * when one is given: {@code --password} alone asks on the console without echo, {@code --password-file}
 * reads the first line of a file. The password is never printed or logged. Exit status 0 after /quit or at
 * the end of stdin, 1 if connecting, TLS or hello fails ({@code error: TLS: <reason>} for TLS), 3 when the
 * server drops the connection.
 */
@Command(name = "client",
        description = "Chats over TLS 1.3 from the console: /msg NICK TEXT whispers, /who lists the users,"
                + " /quit leaves; any other line is said.")
final class ClientCommand implements Callable<Integer> {

    /** The longest password line read from a file, in characters. */
    static final int MAX_PASSWORD_LENGTH = 4096;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Mixin
    ClientOptions chat = new ClientOptions(ServerCommand.DEFAULT_PORT);

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

    @ParentCommand
    Lab03 lab;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((cert == null) != (key == null)) {
            throw usage("--cert and --key go together: give both for mutual TLS, or neither");
        }
        if (password != null && passwordFile != null) {
            throw usage("give --password or --password-file, not both");
        }
        Terminal terminal = lab.terminal();
        ClientFrame.Hello hello = new ClientFrame.Hello(chat.nick(), password());
        TlsConnector server = new TlsConnector(tls(), chat.host(), chat.port());
        return new ChatClient(server, hello, terminal.stdin(), terminal.stdout(), terminal.stderr()).run();
    }

    /** The trust anchor (--ca or the kit CA) and, for mutual TLS, the client's own certificate. */
    private ClientTls tls() {
        Path anchor = ca;
        if (anchor == null) {
            anchor = new CertificateFolder(lab.kit().folder()).caCertificate();
            if (!Files.exists(anchor)) {
                throw new CommandFailedException("TLS: no --ca given and no kit CA at " + anchor
                        + "; start the lab03 server once on this machine or pass --ca");
            }
        }
        try {
            return ClientTls.fromPem(anchor, cert, key);
        } catch (IOException | GeneralSecurityException e) {
            throw new CommandFailedException("TLS: " + e.getMessage(), e);
        }
    }

    /** The password to send, or null for none. */
    private String password() {
        if (passwordFile != null) {
            return fromFile(passwordFile);
        }
        if (password == null || !password.isEmpty()) {
            return password;
        }
        if (lab.terminal().console() == null) {
            throw usage("--password without a value asks on a console, and there is none; use --password-file FILE");
        }
        char[] typed = lab.terminal().console().readPassword("Password for %s: ", chat.nick());
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

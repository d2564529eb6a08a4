package dev.chatlab.lab03;

import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab02.ServerOptions;
import dev.chatlab.lab03.accounts.AccountVerifier;
import dev.chatlab.lab03.accounts.LoginThrottle;
import dev.chatlab.lab03.accounts.PasswordHasher;
import dev.chatlab.lab03.accounts.UserAccounts;
import dev.chatlab.lab03.accounts.UsersFile;
import dev.chatlab.lab03.limits.AbuseLimits;
import dev.chatlab.lab03.pki.KitCertificates;
import dev.chatlab.lab03.server.SecurePolicy;
import dev.chatlab.lab03.server.SecureServer;
import dev.chatlab.lab03.tls.ClientAuth;
import dev.chatlab.lab03.tls.ServerTls;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code server}: lab02's chat server over TLS 1.3, with accounts ({@code --users}) and the abuse limits.
 * Prints {@code LISTENING <port>} on stdout, logs on stderr, and serves until the process is stopped.
 * Without {@code --cert}/{@code --key} it uses the kit CA (created on the first run) and prints the CA file
 * and its SHA-256 fingerprint on stderr.
 */
@Command(name = "server",
        description = "Runs the chat server over TLS 1.3: chat/1 with accounts and abuse limits.")
final class ServerCommand implements Callable<Integer> {

    /** lab03's port, from the process contract. */
    static final int DEFAULT_PORT = 7003;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Mixin
    ServerOptions chat = new ServerOptions(DEFAULT_PORT);

    @Option(names = "--cert", paramLabel = "FILE",
            description = "The server's certificate chain (PEM); with --key. Default: the kit CA's localhost certificate.")
    Path cert;

    @Option(names = "--key", paramLabel = "FILE", description = "The server's private key (PKCS#8 PEM); with --cert.")
    Path key;

    @Option(names = "--client-ca", paramLabel = "FILE", description = "The CA whose client certificates are accepted (PEM).")
    Path clientCa;

    @Option(names = "--client-auth", paramLabel = "MODE", defaultValue = "none", converter = ClientAuthConverter.class,
            description = "Client certificates: none, want or need; want and need need --client-ca (default: ${DEFAULT-VALUE}).")
    ClientAuth clientAuth;

    @Option(names = "--users", paramLabel = "FILE", description = "Accounts (users.db): hello then needs the nick's password.")
    Path users;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "" + AbuseLimits.DEFAULT_MAX_CONNECTIONS,
            description = "Connections open at once, handshaking ones included, at least 1 (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @ParentCommand
    Lab03 lab;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws GeneralSecurityException {
        checkUsage();
        long maxQueueBytes = chat.maxQueueBytes();
        PrintStream log = lab.terminal().stderr();
        ServerTls tls = tls(log);
        AbuseLimits limits = AbuseLimits.CONTRACT.withMaxConnections(maxConnections);
        SecurePolicy policy = users == null
                ? SecurePolicy.withoutAccounts(limits, log)
                : SecurePolicy.withAccounts(limits, accounts(log), new LoginThrottle(Clock.systemUTC()), log);
        InetSocketAddress address = chat.address();
        SecureServer server;
        try {
            server = SecureServer.open(address, maxQueueBytes, tls, policy, log);
        } catch (IOException e) {
            throw ProcessContract.cannotListen(address, e);
        }
        return ProcessContract.serveUntilStopped(server);
    }

    /** The combinations picocli cannot check itself; each is a usage error (exit 2). */
    private void checkUsage() {
        if ((cert == null) != (key == null)) {
            throw usage("--cert and --key go together: give both, or neither to use the kit CA");
        }
        if (clientAuth != ClientAuth.NONE && clientCa == null) {
            throw usage("--client-auth " + clientAuth + " needs --client-ca FILE, the CA of the client certificates");
        }
        if (clientAuth == ClientAuth.NONE && clientCa != null) {
            throw usage("--client-ca is used only with --client-auth need or want");
        }
        if (maxConnections < 1) {
            throw usage("--max-connections must be at least 1: " + maxConnections);
        }
    }

    /** TLS from --cert/--key, or from the kit CA (created on first use, announced on {@code log}). */
    private ServerTls tls(PrintStream log) throws GeneralSecurityException {
        Path chain = cert;
        Path privateKey = key;
        try {
            if (chain == null) {
                KitCertificates.ServerFiles files = lab.kit().serverFiles(Clock.systemUTC());
                log.println(files.describe());
                chain = files.serverCertificate();
                privateKey = files.serverKey();
            }
            return ServerTls.fromPem(chain, privateKey, clientCa, clientAuth);
        } catch (IOException e) {
            throw new CommandFailedException("TLS: " + e.getMessage(), e);
        }
    }

    private AccountVerifier accounts(PrintStream log) {
        UserAccounts accounts;
        try {
            accounts = UsersFile.load(users);
        } catch (IOException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
        log.println("chat server: " + accounts.size() + (accounts.size() == 1 ? " account" : " accounts") + " from "
                + users + "; hello needs a password");
        return new AccountVerifier(accounts, new PasswordHasher());
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

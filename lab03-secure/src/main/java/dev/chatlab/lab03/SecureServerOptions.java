package dev.chatlab.lab03;

import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab03.accounts.AccountVerifier;
import dev.chatlab.lab03.accounts.LoginThrottle;
import dev.chatlab.lab03.accounts.PasswordHasher;
import dev.chatlab.lab03.accounts.UserAccounts;
import dev.chatlab.lab03.accounts.UsersFile;
import dev.chatlab.lab03.limits.AbuseLimits;
import dev.chatlab.lab03.limits.TokenBucket;
import dev.chatlab.lab03.pki.KitCertificates;
import dev.chatlab.lab03.server.SecurePolicy;
import dev.chatlab.lab03.tls.ClientAuth;
import dev.chatlab.lab03.tls.ServerTls;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * lab03's server options, {@code --cert}, {@code --key}, {@code --client-ca}, {@code --client-auth},
 * {@code --users}, and the abuse limits a server may change ({@code --max-connections}, {@code --message-rate},
 * {@code --message-burst}), as a picocli mixin: lab03's {@code server} command uses it
 * next to lab02's {@code ServerOptions}, and lab04's server command reuses both without copying them.
 * Values are read once picocli has parsed the command line; {@link #check()} first.
 */
public final class SecureServerOptions {

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

    @Option(names = "--message-rate", paramLabel = "N", defaultValue = "" + (int) TokenBucket.DEFAULT_RATE_PER_SECOND,
            description = "Says and whispers per second a connection may keep up, at least 1 (default: ${DEFAULT-VALUE}).")
    int messageRate;

    @Option(names = "--message-burst", paramLabel = "N", defaultValue = "" + TokenBucket.DEFAULT_BURST,
            description = "Says and whispers a quiet connection may send at once, at least 1 (default: ${DEFAULT-VALUE}).")
    int messageBurst;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /**
     * The combinations picocli cannot check itself.
     *
     * @throws ParameterException (exit status 2, bad usage) for the first that is wrong
     */
    public void check() {
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
        if (messageRate < 1) {
            throw usage("--message-rate must be at least 1: " + messageRate);
        }
        if (messageBurst < 1) {
            throw usage("--message-burst must be at least 1: " + messageBurst);
        }
    }

    /**
     * TLS from --cert/--key, or from the kit CA in {@code kit} (created on first use, announced on {@code log}).
     *
     * @throws CommandFailedException (exit status 1) with {@code TLS: ...} if the files cannot be used
     */
    public ServerTls tls(KitCertificates kit, PrintStream log) throws GeneralSecurityException {
        Path chain = cert;
        Path privateKey = key;
        try {
            if (chain == null) {
                KitCertificates.ServerFiles files = kit.serverFiles(Clock.systemUTC());
                log.println(files.describe());
                chain = files.serverCertificate();
                privateKey = files.serverKey();
            }
            return ServerTls.fromPem(chain, privateKey, clientCa, clientAuth);
        } catch (IOException e) {
            throw new CommandFailedException("TLS: " + e.getMessage(), e);
        }
    }

    /**
     * lab03's policy: the contract's abuse limits with --max-connections, --message-rate and --message-burst, and
     * the accounts of --users if given.
     *
     * @throws CommandFailedException (exit status 1) if the users file cannot be read
     */
    public SecurePolicy policy(PrintStream log) {
        AbuseLimits limits = AbuseLimits.CONTRACT.withMaxConnections(maxConnections)
                .withMessageRate(messageRate, messageBurst);
        return users == null
                ? SecurePolicy.withoutAccounts(limits, log)
                : SecurePolicy.withAccounts(limits, accounts(log), new LoginThrottle(Clock.systemUTC()), log);
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

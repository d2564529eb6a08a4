package dev.chatlab.grader.lab03.broken;

import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab02.client.ChatClient;
import dev.chatlab.lab02.client.ServerConnector;
import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.server.ChatServer;
import dev.chatlab.lab02.server.ConnectionPolicy;
import dev.chatlab.lab03.accounts.AccountVerifier;
import dev.chatlab.lab03.accounts.LoginThrottle;
import dev.chatlab.lab03.accounts.PasswordHasher;
import dev.chatlab.lab03.accounts.UsersFile;
import dev.chatlab.lab03.limits.AbuseLimits;
import dev.chatlab.lab03.pki.KitCertificates;
import dev.chatlab.lab03.server.SecurePolicy;
import dev.chatlab.lab03.tls.ClientAuth;
import dev.chatlab.lab03.tls.ServerTls;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.net.ServerSocketFactory;

/**
 * The lab03 reference's public parts, assembled as its {@code server} and {@code client} commands assemble them,
 * with one part swapped: the material of the grader's broken lab03 programs. Options are read as the contract
 * spells them ({@code --port --cert --key --client-ca --client-auth --users --max-connections}; {@code --host
 * --port --nick --ca --cert --key}), without the reference's usage checks, which no check exercises.
 */
final class Lab03Parts {

    private static final PrintStream LOG = System.err;

    /**
     * What a broken server swaps; {@link #REFERENCE} swaps nothing.
     *
     * @param sockets  wraps the TLS server socket factory
     * @param limits   changes the contract's limits (given --max-connections already)
     * @param policy   wraps the reference's policy, or replaces the one made for --users: it gets the path
     *                 given to --users, if any, and the policy without accounts
     */
    record Swap(UnaryOperator<ServerSocketFactory> sockets, UnaryOperator<AbuseLimits> limits,
                Function<Accounts, ConnectionPolicy> policy) {

        static final Swap REFERENCE = new Swap(UnaryOperator.identity(), UnaryOperator.identity(), Accounts::reference);

        Swap withSockets(UnaryOperator<ServerSocketFactory> other) {
            return new Swap(other, limits, policy);
        }

        Swap withLimits(UnaryOperator<AbuseLimits> other) {
            return new Swap(sockets, other, policy);
        }

        Swap withPolicy(Function<Accounts, ConnectionPolicy> other) {
            return new Swap(sockets, limits, other);
        }
    }

    /**
     * What a policy is made from.
     *
     * @param users  the users.db given to --users, if any
     * @param limits the limits of the run
     */
    record Accounts(Optional<Path> users, AbuseLimits limits) {

        /** The reference's policy: with accounts from users.db (Argon2id) if --users was given. */
        ConnectionPolicy reference() {
            if (users.isEmpty()) {
                return SecurePolicy.withoutAccounts(limits, LOG);
            }
            try {
                return SecurePolicy.withAccounts(limits, new AccountVerifier(UsersFile.load(users.get()),
                        new PasswordHasher()), new LoginThrottle(Clock.systemUTC()), LOG);
            } catch (IOException e) {
                throw new CommandFailedException(e.getMessage(), e);
            }
        }
    }

    private Lab03Parts() {
    }

    /** Runs the server with {@code swap}, until it is stopped; exits with the process contract's status. */
    static void serve(String[] args, Swap swap) {
        int status;
        try {
            ServerTls tls = serverTls(args);
            AbuseLimits limits = swap.limits().apply(AbuseLimits.CONTRACT.withMaxConnections(
                    option(args, "--max-connections").map(Integer::parseInt).orElse(1000)));
            ConnectionPolicy policy = swap.policy().apply(new Accounts(option(args, "--users").map(Path::of), limits));
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(),
                    option(args, "--port").map(Integer::parseInt).orElse(7003));
            ChatServer server = ChatServer.open(address, ChatServer.DEFAULT_MAX_QUEUE_BYTES,
                    swap.sockets().apply(tls.serverSocketFactory()), policy, LOG);
            status = ProcessContract.serveUntilStopped(server);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            ProcessContract.printError(LOG, e);
            status = ProcessContract.FAILURE;
        }
        System.exit(status);
    }

    /** Runs the console client over {@code connector}, made from the client's options; exits with its status. */
    static void chat(String[] args, Function<String[], ServerConnector> connector) {
        int status;
        try {
            String nick = option(args, "--nick").orElseThrow(() -> new CommandFailedException("--nick is missing"));
            BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            status = new ChatClient(connector.apply(args), new ClientFrame.Hello(nick, null), stdin, out, LOG).run();
        } catch (IOException | RuntimeException e) {
            ProcessContract.printError(LOG, e);
            status = ProcessContract.FAILURE;
        }
        System.exit(status);
    }

    /** The CA a client trusts: --ca, else the kit CA in $CHATLAB_HOME/tls. */
    static Path clientCa(String[] args) throws IOException {
        Optional<String> ca = option(args, "--ca");
        return ca.isPresent() ? Path.of(ca.get()) : kit().caCertificateForClient();
    }

    /** The value after {@code name} in {@code args}, if any. */
    static Optional<String> option(String[] args, String name) {
        int at = List.of(args).indexOf(name);
        return at >= 0 && at + 1 < args.length ? Optional.of(args[at + 1]) : Optional.empty();
    }

    /** TLS from --cert/--key, or from the kit CA (created on first use and announced on stderr). */
    private static ServerTls serverTls(String[] args) throws IOException, GeneralSecurityException {
        Path clientCa = option(args, "--client-ca").map(Path::of).orElse(null);
        ClientAuth clientAuth = option(args, "--client-auth").map(mode -> ClientAuth.valueOf(mode.toUpperCase(Locale.ROOT)))
                .orElse(ClientAuth.NONE);
        Optional<String> chain = option(args, "--cert");
        if (chain.isPresent()) {
            return ServerTls.fromPem(Path.of(chain.get()), Path.of(option(args, "--key").orElseThrow()), clientCa,
                    clientAuth);
        }
        KitCertificates.ServerFiles files = kit().serverFiles(Clock.systemUTC());
        LOG.println(files.describe());
        return ServerTls.fromPem(files.serverCertificate(), files.serverKey(), clientCa, clientAuth);
    }

    private static KitCertificates kit() {
        return KitCertificates.fromEnvironment(System.getenv(), System.getProperty("user.home"));
    }
}

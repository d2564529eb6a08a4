package dev.chatlab.lab03;

import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab02.ServerOptions;
import dev.chatlab.lab03.server.SecurePolicy;
import dev.chatlab.lab03.server.SecureServer;
import dev.chatlab.lab03.tls.ServerTls;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code server}: lab02's chat server over TLS 1.3, with accounts ({@code --users}) and the abuse limits.
 * Prints {@code LISTENING <port>} on stdout, logs on stderr, and serves until the process is stopped.
 * Without {@code --cert}/{@code --key} it uses the kit CA (created on the first run) and prints the CA file
 * and its SHA-256 fingerprint on stderr. Its options are two mixins: lab02's {@code ServerOptions} and
 * lab03's {@link SecureServerOptions}.
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

    @Mixin
    SecureServerOptions secure = new SecureServerOptions();

    @ParentCommand
    Lab03 lab;

    @Override
    public Integer call() throws GeneralSecurityException {
        secure.check();
        long maxQueueBytes = chat.maxQueueBytes();
        PrintStream log = lab.terminal().stderr();
        ServerTls tls = secure.tls(lab.kit(), log);
        SecurePolicy policy = secure.policy(log);
        InetSocketAddress address = chat.address();
        SecureServer server;
        try {
            server = SecureServer.open(address, maxQueueBytes, tls, policy, log);
        } catch (IOException e) {
            throw ProcessContract.cannotListen(address, e);
        }
        return ProcessContract.serveUntilStopped(server);
    }
}

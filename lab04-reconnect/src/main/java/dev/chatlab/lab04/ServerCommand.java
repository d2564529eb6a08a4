package dev.chatlab.lab04;

import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab02.ServerOptions;
import dev.chatlab.lab03.SecureServerOptions;
import dev.chatlab.lab03.server.SecurePolicy;
import dev.chatlab.lab03.tls.ServerTls;
import dev.chatlab.lab04.server.ReconnectServer;
import dev.chatlab.lab04.server.SessionSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code server}: lab03's secure chat server with lab04's sessions. Its options are lab02's
 * {@code ServerOptions}, lab03's {@code SecureServerOptions} and three of its own. Prints
 * {@code LISTENING <port>} on stdout, logs on stderr, and serves until the process is stopped.
 */
@Command(name = "server",
        description = "Runs the chat server over TLS 1.3 with heartbeats, session resume and acks.")
final class ServerCommand implements Callable<Integer> {

    /** lab04's port, from the process contract. */
    static final int DEFAULT_PORT = 7004;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Mixin
    ServerOptions chat = new ServerOptions(DEFAULT_PORT);

    @Mixin
    SecureServerOptions secure = new SecureServerOptions();

    @Option(names = "--heartbeat-seconds", paramLabel = "S", defaultValue = "5",
            description = "Ping a client sent nothing for S seconds; 3 x S of silence is a dead connection (default: ${DEFAULT-VALUE}).")
    int heartbeatSeconds;

    @Option(names = "--resume-seconds", paramLabel = "S", defaultValue = "30",
            description = "How long a lost connection's session waits for its resume (default: ${DEFAULT-VALUE}).")
    int resumeSeconds;

    @Option(names = "--history", paramLabel = "N", defaultValue = "10000",
            description = "Messages and whispers kept for resumes (default: ${DEFAULT-VALUE}).")
    int history;

    @ParentCommand
    Lab04 lab;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws GeneralSecurityException {
        secure.check();
        SessionSettings settings = settings();
        long maxQueueBytes = chat.maxQueueBytes();
        PrintStream log = lab.terminal().stderr();
        ServerTls tls = secure.tls(lab.kit(), log);
        SecurePolicy policy = secure.policy(log);
        InetSocketAddress address = chat.address();
        ReconnectServer server;
        try {
            server = ReconnectServer.open(address, maxQueueBytes, tls, policy, settings, lab.serverParts(), log);
        } catch (IOException e) {
            throw ProcessContract.cannotListen(address, e);
        }
        return ProcessContract.serveUntilStopped(server);
    }

    private SessionSettings settings() {
        if (heartbeatSeconds < 1) {
            throw usage("--heartbeat-seconds must be at least 1: " + heartbeatSeconds);
        }
        if (resumeSeconds < 1) {
            throw usage("--resume-seconds must be at least 1: " + resumeSeconds);
        }
        if (history < 1) {
            throw usage("--history must be at least 1: " + history);
        }
        return new SessionSettings(Duration.ofSeconds(heartbeatSeconds), Duration.ofSeconds(resumeSeconds), history);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

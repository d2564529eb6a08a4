package dev.chatlab.lab02;

import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab01.cli.StandardStreams;
import dev.chatlab.lab02.server.ChatServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code server}: opens a {@link ChatServer}, prints {@code LISTENING <port>} on stdout, then serves until
 * the process is stopped (SIGTERM or Ctrl-C close the server and its clients from a shutdown hook).
 */
@Command(name = "server",
        description = "Runs the chat server: many clients at once, chat/1 (JSON Lines) over TCP.")
final class ServerCommand implements Callable<Integer> {

    /** lab02's port, from the process contract. */
    static final int DEFAULT_PORT = 7002;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Mixin
    ServerOptions options = new ServerOptions(DEFAULT_PORT);

    @Override
    public Integer call() {
        long maxQueueBytes = options.maxQueueBytes();
        InetSocketAddress address = options.address();
        ChatServer server;
        try {
            server = ChatServer.open(address, maxQueueBytes, StandardStreams.stderr());
        } catch (IOException e) {
            throw ProcessContract.cannotListen(address, e);
        }
        return ProcessContract.serveUntilStopped(server);
    }
}

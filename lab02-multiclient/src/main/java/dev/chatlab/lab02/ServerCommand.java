package dev.chatlab.lab02;

import dev.chatlab.lab01.cli.PortConverter;
import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab01.cli.StandardStreams;
import dev.chatlab.lab02.server.ChatServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code server}: opens a {@link ChatServer}, prints {@code LISTENING <port>} on stdout, then serves until
 * the process is stopped (SIGTERM or Ctrl-C close the server and its clients from a shutdown hook).
 */
@Command(name = "server",
        description = "Runs the chat server: many clients at once, chat/1 (JSON Lines) over TCP.")
final class ServerCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7002", converter = PortConverter.class,
            description = "TCP port to listen on; 0 picks a free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Local address to listen on (default: ${DEFAULT-VALUE}).")
    InetAddress bind;

    @Option(names = "--max-queue-bytes", paramLabel = "N", defaultValue = "" + ChatServer.DEFAULT_MAX_QUEUE_BYTES,
            description = "Bytes the server may hold for one client before dropping it as slow, at least 1"
                    + " (default: ${DEFAULT-VALUE}, 1 MiB).")
    long maxQueueBytes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (maxQueueBytes < 1) {
            throw new ParameterException(spec.commandLine(), "--max-queue-bytes must be at least 1: " + maxQueueBytes);
        }
        ChatServer server;
        InetSocketAddress address = new InetSocketAddress(bind, port);
        try {
            server = ChatServer.open(address, maxQueueBytes, StandardStreams.stderr());
        } catch (IOException e) {
            throw ProcessContract.cannotListen(address, e);
        }
        return ProcessContract.serveUntilStopped(server);
    }
}

package dev.chatlab.lab01;

import dev.chatlab.lab01.cli.PortConverter;
import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab01.cli.StandardStreams;
import dev.chatlab.lab01.echo.EchoServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code server}: opens an {@link EchoServer}, prints {@code LISTENING <port>} on stdout, then serves until
 * the process is stopped (SIGTERM or Ctrl-C close the server from a shutdown hook).
 */
@Command(name = "server",
        description = "Runs the echo server: one client at a time; the next one waits in the backlog.")
final class ServerCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7001", converter = PortConverter.class,
            description = "TCP port to listen on; 0 picks a free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Local address to listen on (default: ${DEFAULT-VALUE}).")
    InetAddress bind;

    @Override
    public Integer call() {
        EchoServer server;
        InetSocketAddress address = new InetSocketAddress(bind, port);
        try {
            server = EchoServer.open(address, StandardStreams.stderr());
        } catch (IOException e) {
            throw ProcessContract.cannotListen(address, e);
        }
        return ProcessContract.serveUntilStopped(server);
    }
}

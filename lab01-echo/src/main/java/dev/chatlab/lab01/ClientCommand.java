package dev.chatlab.lab01;

import dev.chatlab.lab01.cli.ClientPortConverter;
import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab01.cli.StandardStreams;
import dev.chatlab.lab01.echo.EchoClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code client}: connects an {@link EchoClient} to a server, sends stdin line by line and prints each
 * echoed line on stdout; exits 0 once the server has echoed everything and closed.
 */
@Command(name = "client",
        description = "Sends each line of stdin to an echo server and prints each echoed line on stdout.")
final class ClientCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Server host name or address (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7001", converter = ClientPortConverter.class,
            description = "Server TCP port, 1-65535 (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() {
        new EchoClient(host, port).run(StandardStreams.stdin(), StandardStreams.stdout());
        return ProcessContract.OK;
    }
}

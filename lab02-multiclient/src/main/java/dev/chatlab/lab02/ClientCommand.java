package dev.chatlab.lab02;

import dev.chatlab.lab01.cli.ClientPortConverter;
import dev.chatlab.lab01.cli.StandardStreams;
import dev.chatlab.lab02.client.ChatClient;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code client}: runs the console {@link ChatClient} on the process's UTF-8 stdin, stdout and stderr. Exit
 * status 0 after /quit or at the end of stdin, 1 if connecting or hello fails, 3 when the server drops the
 * connection.
 */
@Command(name = "client",
        description = "Chats from the console: /msg NICK TEXT whispers, /who lists the users, /quit leaves;"
                + " any other line is said.")
final class ClientCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Server host name or address (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7002", converter = ClientPortConverter.class,
            description = "Server TCP port, 1-65535 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--nick", paramLabel = "NICK", required = true,
            description = "Your nick: 1 to 16 letters, digits, '_' or '-'.")
    String nick;

    @Override
    public Integer call() throws IOException {
        return new ChatClient(host, port, nick,
                StandardStreams.stdin(), StandardStreams.stdout(), StandardStreams.stderr()).run();
    }
}

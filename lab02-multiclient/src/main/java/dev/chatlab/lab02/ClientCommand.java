package dev.chatlab.lab02;

import dev.chatlab.lab01.cli.StandardStreams;
import dev.chatlab.lab02.client.ChatClient;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ClientOptions options = new ClientOptions(ServerCommand.DEFAULT_PORT);

    @Override
    public Integer call() throws IOException {
        return new ChatClient(options.host(), options.port(), options.nick(),
                StandardStreams.stdin(), StandardStreams.stdout(), StandardStreams.stderr()).run();
    }
}

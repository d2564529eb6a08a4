package dev.chatlab.lab04;

import dev.chatlab.lab02.ClientOptions;
import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab03.SecureClientOptions;
import dev.chatlab.lab03.Terminal;
import dev.chatlab.lab03.client.TlsConnector;
import dev.chatlab.lab04.client.ClientSettings;
import dev.chatlab.lab04.console.ConsoleClient;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code client}: the reconnecting console client over TLS 1.3. Its options are lab02's
 * {@code ClientOptions} and lab03's {@code SecureClientOptions}. Exit status 0 after /quit or at the end of
 * stdin, 1 if the first connection fails or a hello is refused; a lost connection is not an exit: the client
 * reconnects.
 */
@Command(name = "client",
        description = "Chats over TLS 1.3 and reconnects by itself: /msg NICK TEXT whispers, /who lists the users,"
                + " /quit leaves; any other line is said.")
final class ClientCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Mixin
    ClientOptions chat = new ClientOptions(ServerCommand.DEFAULT_PORT);

    @Mixin
    SecureClientOptions secure = new SecureClientOptions();

    @ParentCommand
    Lab04 lab;

    @Override
    public Integer call() throws InterruptedException {
        secure.check();
        Terminal terminal = lab.terminal();
        ClientFrame.Hello hello = new ClientFrame.Hello(chat.nick(), secure.password(terminal, chat.nick()));
        TlsConnector server = secure.connector(lab.kit(), chat.host(), chat.port());
        return new ConsoleClient(server, hello, ClientSettings.contract(new SecureRandom()), lab.clientParts(),
                terminal.stdin(), terminal.stdout(), terminal.stderr()).run();
    }
}

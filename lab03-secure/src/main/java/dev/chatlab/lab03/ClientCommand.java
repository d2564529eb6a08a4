package dev.chatlab.lab03;

import dev.chatlab.lab02.ClientOptions;
import dev.chatlab.lab02.client.ChatClient;
import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab03.client.TlsConnector;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code client}: lab02's console client over TLS 1.3. Trusts {@code --ca} (default: the kit CA), checks the
 * server's host name, presents {@code --cert}/{@code --key} for mutual TLS, and sends a password with hello
 * when one is given: {@code --password} alone asks on the console without echo, {@code --password-file}
 * reads the first line of a file. The password is never printed or logged. Exit status 0 after /quit or at
 * the end of stdin, 1 if connecting, TLS or hello fails ({@code error: TLS: <reason>} for TLS), 3 when the
 * server drops the connection. Its options are two mixins: lab02's {@code ClientOptions} and lab03's
 * {@link SecureClientOptions}.
 */
@Command(name = "client",
        description = "Chats over TLS 1.3 from the console: /msg NICK TEXT whispers, /who lists the users,"
                + " /quit leaves; any other line is said.")
final class ClientCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Mixin
    ClientOptions chat = new ClientOptions(ServerCommand.DEFAULT_PORT);

    @Mixin
    SecureClientOptions secure = new SecureClientOptions();

    @ParentCommand
    Lab03 lab;

    @Override
    public Integer call() throws IOException {
        secure.check();
        Terminal terminal = lab.terminal();
        ClientFrame.Hello hello = new ClientFrame.Hello(chat.nick(), secure.password(terminal, chat.nick()));
        TlsConnector server = secure.connector(lab.kit(), chat.host(), chat.port());
        return new ChatClient(server, hello, terminal.stdin(), terminal.stdout(), terminal.stderr()).run();
    }
}

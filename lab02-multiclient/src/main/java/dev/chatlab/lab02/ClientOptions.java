package dev.chatlab.lab02;

import dev.chatlab.lab01.cli.ClientPortConverter;
import picocli.CommandLine.Option;

/**
 * The chat client's options, {@code --host}, {@code --port} and {@code --nick}, as a picocli mixin: lab02's
 * {@code client} command uses it, and a later lab's client command extends it without copying it.
 *
 * <pre>
 * &#64;Mixin
 * ClientOptions chat = new ClientOptions(7003); // this lab's default port
 * </pre>
 *
 * Values are read once picocli has parsed the command line.
 */
public final class ClientOptions {

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Server host name or address (default: ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", converter = ClientPortConverter.class,
            description = "Server TCP port, 1-65535 (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--nick", paramLabel = "NICK", required = true,
            description = "Your nick: 1 to 16 letters, digits, '_' or '-'.")
    private String nick;

    /** Options whose {@code --port} defaults to {@code defaultPort}: 7002 for lab02, 7003 for lab03. */
    public ClientOptions(int defaultPort) {
        this.port = new ClientPortConverter().convert(Integer.toString(defaultPort));
    }

    /** {@code --host}: the server's host name or address. */
    public String host() {
        return host;
    }

    /** {@code --port}: the server's port, 1 to 65535. */
    public int port() {
        return port;
    }

    /** {@code --nick}: the nick to register, checked by the server. */
    public String nick() {
        return nick;
    }
}

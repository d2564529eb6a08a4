package dev.chatlab.lab02;

import dev.chatlab.lab01.cli.PortConverter;
import dev.chatlab.lab02.server.ChatServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The chat server's options, {@code --port}, {@code --bind} and {@code --max-queue-bytes}, as a picocli mixin:
 * lab02's {@code server} command uses it, and a later lab's server command extends it without copying it.
 *
 * <pre>
 * &#64;Mixin
 * ServerOptions chat = new ServerOptions(7003); // this lab's default port
 * </pre>
 *
 * Values are read once picocli has parsed the command line.
 */
public final class ServerOptions {

    @Option(names = "--port", paramLabel = "PORT", converter = PortConverter.class,
            description = "TCP port to listen on; 0 picks a free port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Local address to listen on (default: ${DEFAULT-VALUE}).")
    private InetAddress bind;

    @Option(names = "--max-queue-bytes", paramLabel = "N", defaultValue = "" + ChatServer.DEFAULT_MAX_QUEUE_BYTES,
            description = "Bytes the server may hold for one client before dropping it as slow, at least 1"
                    + " (default: ${DEFAULT-VALUE}, 1 MiB).")
    private long maxQueueBytes;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** Options whose {@code --port} defaults to {@code defaultPort}: 7002 for lab02, 7003 for lab03. */
    public ServerOptions(int defaultPort) {
        this.port = new PortConverter().convert(Integer.toString(defaultPort));
    }

    /** The address to listen on: {@code --bind} and {@code --port}. */
    public InetSocketAddress address() {
        return new InetSocketAddress(bind, port);
    }

    /**
     * {@code --max-queue-bytes}.
     *
     * @throws ParameterException (exit status 2, bad usage) if it is below 1
     */
    public long maxQueueBytes() {
        if (maxQueueBytes < 1) {
            throw new ParameterException(command.commandLine(), "--max-queue-bytes must be at least 1: " + maxQueueBytes);
        }
        return maxQueueBytes;
    }
}

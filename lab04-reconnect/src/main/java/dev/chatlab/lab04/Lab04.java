package dev.chatlab.lab04;

import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab03.CertsCommand;
import dev.chatlab.lab03.Lab03;
import dev.chatlab.lab03.LabCommand;
import dev.chatlab.lab03.Terminal;
import dev.chatlab.lab03.UsersCommand;
import dev.chatlab.lab03.pki.KitCertificates;
import dev.chatlab.lab04.client.ClientParts;
import dev.chatlab.lab04.server.ServerParts;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Lab 4, lab03's secure chat that survives dropped connections: heartbeats, session resume, acks, and a
 * client that reconnects by itself.
 *
 * <pre>
 * lab04-reconnect server [--port 7004] [lab02's and lab03's server options]
 *                        [--heartbeat-seconds 5] [--resume-seconds 30] [--history 10000]
 * lab04-reconnect client [--host H] [--port 7004] --nick NICK [lab03's client options]
 * lab04-reconnect certs|users ...   (lab03's own commands, listed here, not copied)
 * </pre>
 *
 * Both commands run under the kit's {@link ProcessContract}: exit 0 at a normal end, 1 with one
 * {@code error: ...} line on stderr for a runtime failure, 2 for bad usage. They read and write through
 * lab03's {@link Terminal} and find the kit CA through {@link KitCertificates}, as lab03's commands do.
 */
@Command(name = "lab04-reconnect",
        description = "Chat over TLS 1.3 that survives dropped connections: heartbeats, resume, acks.",
        subcommands = {ServerCommand.class, ClientCommand.class, CertsCommand.class, UsersCommand.class})
public final class Lab04 implements LabCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final Terminal terminal;
    private final KitCertificates kit; // null: the environment's, found when a command needs it
    private final ServerParts serverParts;
    private final ClientParts clientParts;

    /** The commands on the process's own console, with the kit CA that the environment names. */
    public Lab04() {
        this(ServerParts.REFERENCE, ClientParts.REFERENCE);
    }

    /**
     * The commands on the process's own console, their server built from {@code serverParts} and their client
     * from {@code clientParts}: the reference with parts of one's own (a student's, or a deliberately broken one).
     */
    public Lab04(ServerParts serverParts, ClientParts clientParts) {
        this(Terminal.system(), null, serverParts, clientParts);
    }

    /** The commands on {@code terminal} with the kit CA in {@code kit}, e.g. a test's temporary folder. */
    public Lab04(Terminal terminal, KitCertificates kit) {
        this(terminal, Objects.requireNonNull(kit, "kit"), ServerParts.REFERENCE, ClientParts.REFERENCE);
    }

    /** The commands on {@code terminal} with the kit CA in {@code kit} (null: the environment's) and these parts. */
    public Lab04(Terminal terminal, KitCertificates kit, ServerParts serverParts, ClientParts clientParts) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.kit = kit;
        this.serverParts = Objects.requireNonNull(serverParts, "serverParts");
        this.clientParts = Objects.requireNonNull(clientParts, "clientParts");
    }

    @Override
    public Terminal terminal() {
        return terminal;
    }

    @Override
    public KitCertificates kit() {
        return kit != null ? kit : Lab03.environmentKit();
    }

    ServerParts serverParts() {
        return serverParts;
    }

    ClientParts clientParts() {
        return clientParts;
    }

    /** Runs a command and exits with the process contract's exit code. */
    public static void main(String[] args) {
        System.exit(ProcessContract.run(new Lab04(), args));
    }

    /**
     * Runs a command of the reference built from other parts, under the process contract, and exits with its
     * exit code: the {@code main} of a lab04 program that differs from the reference in its parts only.
     */
    public static void main(String[] args, ServerParts serverParts, ClientParts clientParts) {
        System.exit(ProcessContract.run(new Lab04(serverParts, clientParts), args));
    }
}

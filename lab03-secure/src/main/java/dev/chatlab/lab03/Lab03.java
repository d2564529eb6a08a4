package dev.chatlab.lab03;

import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab03.pki.KitCertificates;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Lab 3, lab02's chat made safe to run on a network: TLS 1.3 with certificates, accounts with Argon2id
 * passwords, and limits against abuse.
 *
 * <pre>
 * lab03-secure server [--port 7003] [--bind ADDR] [--cert FILE --key FILE] [--client-ca FILE --client-auth MODE]
 *                     [--users FILE] [--max-connections N] [--max-queue-bytes N]
 * lab03-secure client [--host H] [--port 7003] --nick NICK [--ca FILE] [--cert FILE --key FILE]
 *                     [--password[=PW] | --password-file FILE]
 * lab03-secure certs --out DIR [--host NAME]... [--ip ADDR]... [--client NAME]... [--force]
 * lab03-secure users add|remove|list [NICK] --file users.db
 * </pre>
 *
 * Every command runs under the kit's {@link ProcessContract}: exit 0 at a normal end, 1 with one
 * {@code error: ...} line on stderr for a runtime failure, 2 for bad usage; the client adds 3 for a
 * connection the server dropped. The commands read and write through a {@link Terminal}, the process's own
 * by default, and find the kit CA through {@link KitCertificates}, by default in {@code $CHATLAB_HOME/tls}
 * (or {@code ~/.chatlab/tls}).
 */
@Command(name = "lab03-secure",
        description = "Chat over TLS 1.3 with accounts and abuse limits: certificates, users, server and client.",
        subcommands = {ServerCommand.class, ClientCommand.class, CertsCommand.class, UsersCommand.class})
public final class Lab03 implements LabCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final Terminal terminal;
    private final KitCertificates kit; // null: the environment's, found when a command needs it

    /** The commands on the process's own console, with the kit CA that the environment names. */
    public Lab03() {
        this(Terminal.system());
    }

    /** The commands on {@code terminal}, e.g. given streams in a test, with the environment's kit CA. */
    public Lab03(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.kit = null;
    }

    /** The commands on {@code terminal} with the kit CA in {@code kit}, e.g. a test's temporary folder. */
    public Lab03(Terminal terminal, KitCertificates kit) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.kit = Objects.requireNonNull(kit, "kit");
    }

    @Override
    public Terminal terminal() {
        return terminal;
    }

    @Override
    public KitCertificates kit() {
        return kit != null ? kit : environmentKit();
    }

    /**
     * The kit CA that this process's environment names: {@code $CHATLAB_HOME/tls}, or {@code ~/.chatlab/tls}.
     * Public for later labs' commands (lab04's), which find the kit CA the same way.
     *
     * @throws CommandFailedException (exit status 1) if CHATLAB_HOME is set but blank
     */
    public static KitCertificates environmentKit() {
        try {
            return KitCertificates.fromEnvironment(System.getenv(), System.getProperty("user.home"));
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(e.getMessage(), e); // CHATLAB_HOME set but blank
        }
    }

    /** Runs a command and exits with the process contract's exit code. */
    public static void main(String[] args) {
        System.exit(ProcessContract.run(new Lab03(), args));
    }
}

package dev.chatlab.lab03;

import dev.chatlab.lab01.cli.ProcessContract;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Lab 3, lab02's chat made safe to run on a network: TLS 1.3 with certificates, accounts with Argon2id
 * passwords, and limits against abuse.
 *
 * <pre>
 * lab03-secure certs --out DIR [--host NAME]... [--ip ADDR]... [--client NAME]... [--force]
 * lab03-secure users add|remove|list [NICK] --file users.db
 * </pre>
 *
 * Every command runs under the kit's {@link ProcessContract}: exit 0 at a normal end, 1 with one
 * {@code error: ...} line on stderr for a runtime failure, 2 for bad usage. The commands read and write
 * through a {@link Terminal}, the process's own by default.
 */
@Command(name = "lab03-secure",
        description = "Chat over TLS 1.3 with accounts and abuse limits: certificates, users, server and client.",
        // The chat commands, lab02's server and client over TLS (default port 7003), join these two here.
        subcommands = {CertsCommand.class, UsersCommand.class})
public final class Lab03 {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final Terminal terminal;

    /** The commands on the process's own console. */
    public Lab03() {
        this(Terminal.system());
    }

    /** The commands on {@code terminal}, e.g. given streams in a test. */
    public Lab03(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    /** Where the commands read and write. */
    Terminal terminal() {
        return terminal;
    }

    /** Runs a command and exits with the process contract's exit code. */
    public static void main(String[] args) {
        System.exit(ProcessContract.run(new Lab03(), args));
    }
}

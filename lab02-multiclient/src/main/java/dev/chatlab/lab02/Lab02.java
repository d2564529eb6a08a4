package dev.chatlab.lab02;

import dev.chatlab.lab01.cli.ProcessContract;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Lab 2, from lab01's one-client echo server to a chat server that many clients use at once, over chat/1
 * (JSON Lines), and a console client with a nick.
 *
 * <pre>
 * lab02-multiclient server [--port 7002] [--bind 127.0.0.1] [--max-queue-bytes 1048576]
 * lab02-multiclient client [--host 127.0.0.1] [--port 7002] --nick NICK
 * </pre>
 *
 * Both commands run under the kit's {@link ProcessContract}: exit 0 at a normal end, 1 with one
 * {@code error: ...} line on stderr for a runtime failure, 2 for bad usage; the client adds 3 for a
 * connection the server dropped.
 */
@Command(name = "lab02-multiclient",
        description = "A chat server for many clients at once (chat/1, JSON Lines over TCP) and its console client.",
        subcommands = {ServerCommand.class, ClientCommand.class})
public final class Lab02 {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** Runs {@code server} or {@code client} and exits with the process contract's exit code. */
    public static void main(String[] args) {
        System.exit(ProcessContract.run(new Lab02(), args));
    }
}

package dev.chatlab.lab01;

import dev.chatlab.lab01.cli.ProcessContract;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Lab 1, the starting point of the kit: a blocking TCP echo server that serves one client at a time, and a
 * client that sends its input line by line and prints the echo.
 *
 * <pre>
 * lab01-echo server [--port 7001] [--bind 127.0.0.1]
 * lab01-echo client [--host 127.0.0.1] [--port 7001]
 * </pre>
 *
 * Both commands run under the kit's {@link ProcessContract}: exit 0 at a normal end, 1 with one
 * {@code error: ...} line on stderr for a runtime failure, 2 for bad usage.
 */
@Command(name = "lab01-echo",
        description = "A blocking TCP echo server (one client at a time) and its line-by-line client.",
        subcommands = {ServerCommand.class, ClientCommand.class})
public final class Lab01 {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** Runs {@code server} or {@code client} and exits with the process contract's exit code. */
    public static void main(String[] args) {
        System.exit(ProcessContract.run(new Lab01(), args));
    }
}

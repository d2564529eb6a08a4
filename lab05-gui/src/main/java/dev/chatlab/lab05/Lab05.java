package dev.chatlab.lab05;

import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab05.web.WebCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Lab 5, lab04's reconnecting client library with a face: a Swing desktop client, and a WebSocket gateway
 * that lets a browser page join the same room. lab05 adds no server.
 *
 * <p>Its commands run under the kit's {@link ProcessContract}: exit 0 at a normal end, 1 with one
 * {@code error: ...} line on stderr for a runtime failure, 2 for bad usage.
 */
@Command(name = "lab05-gui",
        description = "The chat's desktop client (Swing) and browser gateway (WebSocket), on lab04's client library.",
        subcommands = {WebCommand.class})
public final class Lab05 {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** Runs a command and exits with the process contract's exit code. */
    public static void main(String[] args) {
        System.exit(ProcessContract.run(new Lab05(), args));
    }
}

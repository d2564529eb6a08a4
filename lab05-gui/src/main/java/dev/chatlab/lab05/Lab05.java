package dev.chatlab.lab05;

import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab05.web.WebCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Lab 5, lab04's reconnecting client library with a face: a Swing desktop client, and a WebSocket gateway
 * that lets a browser page join the same room. lab05 adds no server.
 *
 * <pre>
 * lab05-gui [client] [--host H] [--port 7004] [--nick N] [--ca FILE] [--lang es|en]
 * lab05-gui web [--port 7080] [--upstream 127.0.0.1:7004] [--allow-origin URL]...
 * lab05-gui screenshots --out DIR
 * lab05-gui bench [--messages 10000]
 * </pre>
 *
 * <p>Its commands run under the kit's {@link ProcessContract}: exit 0 at a normal end, 1 with one
 * {@code error: ...} line on stderr for a runtime failure, 2 for bad usage. With no command it opens the
 * desktop client.
 */
@Command(name = "lab05-gui",
        description = "The chat's desktop client (Swing) and browser gateway (WebSocket), on lab04's client library.",
        subcommands = {ClientCommand.class, WebCommand.class, ScreenshotsCommand.class, BenchCommand.class})
public final class Lab05 {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** Runs a command (the desktop client when none is named) and exits with the process contract's exit code. */
    public static void main(String[] args) {
        System.exit(ProcessContract.run(new Lab05(), args.length == 0 ? new String[] {"client"} : args));
    }
}

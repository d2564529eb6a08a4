package dev.chatlab.relay.cli;

import dev.chatlab.relay.Relay;
import dev.chatlab.relay.action.RelayAction;
import dev.chatlab.relay.script.ActionParser;
import dev.chatlab.relay.script.ScriptSyntaxException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Fault commands typed while the relay runs, one per line: any action of the script language without its
 * time ({@code cut}, {@code cut 2 reset}, {@code stall 3s}, {@code refuse 5s}, {@code flip up 100}), plus
 * {@code status} and {@code help}. Answers go to {@code err}; what the relay did shows in its event lines.
 */
final class RelayConsole {

    private static final String HELP = """
            commands: cut [all|LINK] [reset] | stall [all|LINK] [up|down|both] DURATION | refuse DURATION
                      latency [up|down|both] DURATION [jitter DURATION] | bandwidth [up|down|both] RATE|off
                      flip up|down [LINK] at OFFSET [mask M] | flip up|down [LINK] in FROM..TO | status | help""";

    private final Relay relay;
    private final BufferedReader in;
    private final PrintStream err;

    RelayConsole(Relay relay, BufferedReader in, PrintStream err) {
        this.relay = Objects.requireNonNull(relay, "relay");
        this.in = Objects.requireNonNull(in, "in");
        this.err = Objects.requireNonNull(err, "err");
    }

    /** Reads and runs commands until end of input or the relay closes. Blocks. */
    void run() {
        try {
            String line;
            while (!relay.isClosed() && (line = in.readLine()) != null) {
                handle(line.strip());
            }
        } catch (IOException e) {
            err.println("relay: reading commands failed: " + e.getMessage());
        }
    }

    /** Runs one command line. */
    void handle(String line) {
        if (line.isEmpty()) {
            return;
        }
        switch (line) {
            case "status" -> err.println("relay: " + relay.status());
            case "help" -> err.println(HELP);
            default -> apply(line);
        }
    }

    private void apply(String line) {
        try {
            RelayAction action = ActionParser.parse(line);
            if (!action.applyTo(relay.faults())) {
                err.println("! " + action.describe() + ": no such open link (status lists them)");
            }
        } catch (ScriptSyntaxException e) {
            err.println("! column " + e.column() + ": " + e.problem() + " (help lists the commands)");
        } catch (IllegalStateException | IllegalArgumentException e) {
            err.println("! " + e.getMessage());
        }
    }
}

package dev.chatlab.grader.lab04;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.ServerProcess;
import dev.chatlab.grader.process.LabCommands;
import dev.chatlab.grader.process.ProcessContractChecks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Order;

/**
 * Grades lab04's programs against the process contract: lab03's five checks over TLS with lab04's default port
 * 7004, and one of its own for the three options lab04 adds ({@code --heartbeat-seconds}, {@code
 * --resume-seconds}, {@code --history}), whose bad values are bad usage like a bad port.
 */
@GradingSuite
public class ReconnectProcessChecks extends ProcessContractChecks {

    /** lab04's default port, from the process contract. */
    static final int DEFAULT_PORT = 7004;

    /** Values no option of lab04 takes: zero or negative counts of seconds or frames, and non-numbers. */
    private static final List<List<String>> BAD_VALUES = List.of(
            List.of("--heartbeat-seconds", "0"), List.of("--heartbeat-seconds", "abc"),
            List.of("--resume-seconds", "-1"), List.of("--resume-seconds", "1.5"),
            List.of("--history", "0"), List.of("--history", "many"));

    /** How long the stderr of a process that has exited may take to be read to its end. */
    private static final Duration STDERR_READ = Duration.ofSeconds(2);

    ReconnectProcessChecks() {
        super(new LabCommands(DEFAULT_PORT, List.of("--nick", "ana"),
                ChatConnection.line("ping", "token", "are you serving?")));
    }

    @Check(points = 2, see = "protocol.md#lab04-reconnect-additions",
            hint = "--heartbeat-seconds, --resume-seconds and --history take whole numbers of at least 1: reject"
                    + " 0, a negative number or a non-number with a usage message naming the option on stderr and"
                    + " exit status 2.")
    @Order(6)
    public void server_exits_2_naming_the_option_on_bad_heartbeat_resume_and_history_values(Harness harness) {
        List<ServerProcess> launched = new ArrayList<>();
        for (List<String> arguments : BAD_VALUES) { // all at once: six JVMs start faster side by side
            launched.add(harness.launchServer(withPortZero(arguments)));
        }
        for (int i = 0; i < BAD_VALUES.size(); i++) {
            List<String> arguments = BAD_VALUES.get(i);
            ServerProcess server = launched.get(i);
            expectUsageError(server, "server", List.of(withPortZero(arguments)));
            String option = arguments.getFirst();
            // The usage lists the option as "--history=N": a message names it otherwise.
            Optional<String> named = server.awaitStderr(line -> line.contains(option) && !line.contains(option + "="),
                    STDERR_READ);
            Expect.that(named.isPresent(), "a message on stderr naming " + option + " for `server "
                    + String.join(" ", arguments) + "`", "stderr " + server.stderrTail(3));
        }
    }

    private static String[] withPortZero(List<String> arguments) {
        List<String> all = new ArrayList<>(List.of("--port", "0"));
        all.addAll(arguments);
        return all.toArray(String[]::new);
    }
}

package dev.chatlab.grader.lab03;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.process.LabCommands;
import dev.chatlab.grader.process.ProcessContractChecks;
import java.util.List;

/**
 * Grades lab03's programs against the process contract (5 points), over TLS: usage errors (the client's
 * {@code --nick} is required), the default address and port, SIGTERM with a client connected. The harness adds
 * the run's certificates to every command, so these are lab02's rules with TLS underneath.
 */
@GradingSuite
public class SecureProcessChecks extends ProcessContractChecks {

    /** lab03's default port, from the process contract. */
    static final int DEFAULT_PORT = 7003;

    SecureProcessChecks() {
        super(new LabCommands(DEFAULT_PORT, List.of("--nick", "ana"),
                ChatConnection.line("ping", "token", "are you serving?")));
    }
}

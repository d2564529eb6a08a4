package dev.chatlab.grader.lab02;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.process.LabCommands;
import dev.chatlab.grader.process.ProcessContractChecks;
import java.util.List;

/**
 * Grades lab02's programs against the process contract (5 points): usage errors (the client's {@code --nick}
 * is required), the default address and port, SIGTERM with a client connected. A ping, which needs no hello,
 * proves that the server serves a connection.
 */
@GradingSuite
public class ChatProcessChecks extends ProcessContractChecks {

    /** lab02's default port, from the process contract. */
    static final int DEFAULT_PORT = 7002;

    ChatProcessChecks() {
        super(new LabCommands(DEFAULT_PORT, List.of("--nick", "ana"),
                ChatConnection.line("ping", "token", "are you serving?")));
    }
}

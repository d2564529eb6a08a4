package dev.chatlab.grader.lab01;

import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.process.LabCommands;
import dev.chatlab.grader.process.ProcessContractChecks;
import java.util.List;

/**
 * Grades lab01's programs against the process contract (20 points): usage errors, the default address and
 * port, SIGTERM with a client connected. The echo server answers any line, so a line proves it serves.
 */
@GradingSuite
public class EchoProcessChecks extends ProcessContractChecks {

    /** lab01's default port, from the process contract. */
    static final int DEFAULT_PORT = 7001;

    EchoProcessChecks() {
        super(new LabCommands(DEFAULT_PORT, List.of(), "are you serving?"));
    }
}

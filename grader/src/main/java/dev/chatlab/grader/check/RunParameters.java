package dev.chatlab.grader.check;

import dev.chatlab.grader.harness.Target;
import java.util.List;
import java.util.Map;

/**
 * The JUnit configuration parameters through which a grading run tells its suites what to grade: the
 * target's server and client commands, its description, and the seed.
 */
public final class RunParameters {

    static final String TARGET = "chatlab.target";
    static final String SERVER_COMMAND = "chatlab.server-command";
    static final String CLIENT_COMMAND = "chatlab.client-command";
    static final String SEED = "chatlab.seed";
    /** Joins a command's words into one parameter value: the ASCII unit separator, never typed in a command. */
    static final String SEPARATOR = "\u001f";

    private RunParameters() {
    }

    /** The configuration parameters for grading {@code target} with {@code seed}. */
    public static Map<String, String> of(Target target, long seed) {
        return Map.of(
                TARGET, target.description(),
                SERVER_COMMAND, join(target.serverCommand()),
                CLIENT_COMMAND, join(target.clientCommand()),
                SEED, Long.toString(seed));
    }

    private static String join(List<String> command) {
        return String.join(SEPARATOR, command);
    }
}

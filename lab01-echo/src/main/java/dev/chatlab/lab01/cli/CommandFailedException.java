package dev.chatlab.lab01.cli;

/**
 * A runtime failure that a command reports to its user as {@code error: <message>} and exit code 1,
 * for example {@code cannot connect to 127.0.0.1:7001: Connection refused}.
 */
public class CommandFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure whose message is the whole user-facing explanation. */
    public CommandFailedException(String message) {
        super(message);
    }

    /** A failure whose message is the whole user-facing explanation, caused by {@code cause}. */
    public CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.chatlab.grader.run;

/**
 * A command line that asks for something the grader cannot grade: a lab it has no suite for, a check no lab
 * has, options that do not go together. The command shows the message as a usage error (exit code 2).
 */
public final class UsageException extends IllegalArgumentException {

    /** A usage error whose {@code message} says what is wrong, and what would be right. */
    public UsageException(String message) {
        super(message);
    }
}

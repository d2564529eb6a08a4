package dev.chatlab.lab03;

import dev.chatlab.lab01.cli.CommandFailedException;
import java.io.Console;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Asks for a new password: on a console twice, without echo; from a pipe, exactly one line (without its line
 * end), and nothing more is read. The password stays a {@code char[]} that the caller wipes after use; copies
 * made here are wiped here.
 */
final class PasswordPrompt {

    /** The longest password accepted from a pipe, in characters: input beyond it is not a password. */
    static final int MAX_PIPED_LENGTH = 4096;

    private PasswordPrompt() {
    }

    /**
     * Reads a new password for {@code nick}.
     *
     * @throws CommandFailedException if none was given, it is empty, or the two console entries differ
     */
    static char[] newPassword(Terminal terminal, String nick) throws IOException {
        char[] password = terminal.console() != null
                ? fromConsole(terminal.console(), nick)
                : fromPipe(terminal.stdin());
        if (password.length == 0) {
            throw new CommandFailedException("empty password");
        }
        return password;
    }

    private static char[] fromConsole(Console console, String nick) {
        char[] first = console.readPassword("Password for %s: ", nick);
        if (first == null) {
            throw new CommandFailedException("no password given (end of input)");
        }
        char[] second = console.readPassword("Repeat the password: ");
        try {
            if (second == null || !Arrays.equals(first, second)) {
                Arrays.fill(first, '\0');
                throw new CommandFailedException("passwords differ");
            }
            return first;
        } finally {
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }

    private static char[] fromPipe(Reader stdin) throws IOException {
        char[] line = new char[MAX_PIPED_LENGTH + 1];
        int length = 0;
        boolean tooLong = false;
        int next;
        while ((next = stdin.read()) != -1 && next != '\n') {
            if (length == line.length) {
                tooLong = true; // reported below, without reading further
                break;
            }
            line[length++] = (char) next;
        }
        if (next == -1 && length == 0) {
            throw new CommandFailedException("no password on stdin (expected one line)");
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (tooLong || length > MAX_PIPED_LENGTH) {
            Arrays.fill(line, '\0');
            throw new CommandFailedException("password line longer than " + MAX_PIPED_LENGTH + " characters");
        }
        char[] password = Arrays.copyOf(line, length);
        Arrays.fill(line, '\0');
        return password;
    }
}

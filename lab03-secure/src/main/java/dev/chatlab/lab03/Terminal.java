package dev.chatlab.lab03;

import dev.chatlab.lab01.cli.StandardStreams;
import java.io.BufferedReader;
import java.io.Console;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Where lab03's commands read and write: UTF-8 stdin, stdout and stderr, and the interactive console if there
 * is one (it reads a password without echoing it). Tests give their own streams and no console.
 *
 * @param console the console, or null when stdin or stdout is not a terminal (piped, redirected, a test)
 */
public record Terminal(BufferedReader stdin, PrintStream stdout, PrintStream stderr, Console console) {

    /** Checks that the streams are not null. */
    public Terminal {
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
    }

    /** The process's own: {@link StandardStreams} and {@link System#console()}. */
    public static Terminal system() {
        return new Terminal(StandardStreams.stdin(), StandardStreams.stdout(), StandardStreams.stderr(),
                System.console());
    }
}

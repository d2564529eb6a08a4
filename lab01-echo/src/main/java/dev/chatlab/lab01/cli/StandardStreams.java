package dev.chatlab.lab01.cli;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The process's stdin, stdout and stderr as UTF-8, whatever the platform's default console encoding.
 * Each call returns the same stream.
 */
public final class StandardStreams {

    private static final PrintStream STDOUT =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    private static final PrintStream STDERR =
            new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    private static final BufferedReader STDIN = new BufferedReader(
            new InputStreamReader(new FileInputStream(FileDescriptor.in), StandardCharsets.UTF_8));

    private StandardStreams() {
    }

    /** Stdout as UTF-8, flushed at every line. */
    public static PrintStream stdout() {
        return STDOUT;
    }

    /** Stderr as UTF-8, flushed at every line. */
    public static PrintStream stderr() {
        return STDERR;
    }

    /** Stdin as UTF-8 lines. Reading blocks until a line or end of input arrives. */
    public static BufferedReader stdin() {
        return STDIN;
    }
}
